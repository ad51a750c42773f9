namespace CoordinatorBot.Cards.Decisions;

/// <summary>The time-limited download link of the decision log export.</summary>
public static class ExportCard
{
    public static AdaptiveCard Compose(Texts texts, Uri link, DateTimeOffset expires, TimeZoneInfo zone) =>
        Card(texts, texts.ExportTitle,
            [
                Title(texts.ExportTitle),
                Paragraph(texts.ExportIntro),
                new TextBlock(texts.ExportExpires(texts.DateTime(expires, zone))) { IsSubtle = true },
            ],
            [new OpenUrlAction(texts.ExportDownload, link)]);
}
