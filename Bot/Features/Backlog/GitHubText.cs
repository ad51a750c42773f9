namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>What people typed, made safe for a public GitHub issue.</summary>
public static class GitHubText
{
    // GitHub notifies every "@name" in an issue's body; a zero-width space after the "@" (as Dependabot writes it)
    // keeps the text as typed without pinging strangers from a municipality's wish.
    public static string WithoutMentions(string text) => text.Replace("@", "@&#8203;", StringComparison.Ordinal);
}
