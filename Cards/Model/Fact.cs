namespace CoordinatorBot.Cards.Model;

/// <summary>A title and a value; Teams reads both as Markdown, so both are kept literal as a TextBlock is.</summary>
public sealed record Fact(string Title, string Value)
{
    public string Title { get; init => field = TeamsMarkdown.Plain(value); } = TeamsMarkdown.Plain(Title);

    public string Value { get; init => field = TeamsMarkdown.Plain(value); } = TeamsMarkdown.Plain(Value);
}
