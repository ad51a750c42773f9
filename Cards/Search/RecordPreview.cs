namespace CoordinatorBot.Cards.Search;

/// <summary>
/// A result's line in the compose box's list: Teams shows it as a thumbnail card (title, subtitle, text) and inserts
/// the record's full card when it is chosen. Its texts are plain, made inert by <see cref="RecordPreviews"/>.
/// </summary>
public sealed record RecordPreview(string Title, string Subtitle, string Text)
{
    public const string ContentType = "application/vnd.microsoft.card.thumbnail";
}
