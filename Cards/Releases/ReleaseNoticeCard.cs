namespace CoordinatorBot.Cards.Releases;

/// <summary>A message to one person: an item they asked for is in a release, or (to the coordinator) why GitHub could not be read.</summary>
public static class ReleaseNoticeCard
{
    public static AdaptiveCard Compose(Texts texts, string title, string text) =>
        Card(texts, title, [Title(title), Paragraph(text)], [RunCommand(texts, texts.ReleasesTitle, CommandIds.Releases)]);
}
