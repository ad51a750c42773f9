namespace CoordinatorBot.Cards.Search;

/// <summary>A link to a record of the reader's own community that is not there (mistyped, or never made).</summary>
public static class MissingRecordCard
{
    public static AdaptiveCard Compose(Texts texts, string communityName) =>
        Card(texts, texts.SearchMissingText,
        [
            new TextBlock(texts.PersonalCommunityAbout(communityName)) { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock(texts.SearchMissingText) { Weight = TextWeight.Bolder },
        ]);

    public static RecordPreview Preview(Texts texts, string communityName) =>
        new(RecordPreviews.Inert(texts.SearchMissingText, RecordPreviews.MaxTitleLength),
            RecordPreviews.Inert(texts.PersonalCommunityAbout(communityName), RecordPreviews.MaxTitleLength), string.Empty);
}
