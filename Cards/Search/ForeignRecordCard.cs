namespace CoordinatorBot.Cards.Search;

/// <summary>
/// A record's link unfolded for someone who holds no role in its community: it says only that — no title, number,
/// community or whether the record exists at all.
/// </summary>
public static class ForeignRecordCard
{
    public static AdaptiveCard Compose(Texts texts) =>
        Card(texts, texts.SearchForeignText, [new TextBlock(texts.SearchForeignText) { Weight = TextWeight.Bolder }]);

    public static RecordPreview Preview(Texts texts) => new(RecordPreviews.Inert(texts.SearchForeignText, RecordPreviews.MaxTitleLength), string.Empty, string.Empty);
}
