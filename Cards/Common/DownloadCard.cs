namespace CoordinatorBot.Cards.Common;

/// <summary>A time-limited download link (the decision log's export, a person's own data): what it is, when it expires.</summary>
internal static class DownloadCard
{
    public static AdaptiveCard Compose(Texts texts, string title, string intro, Uri link, DateTimeOffset expires, TimeZoneInfo zone) =>
        Card(texts, title,
            [
                Title(title),
                Paragraph(intro),
                new TextBlock(texts.ExportExpires(texts.DateTime(expires, zone))) { IsSubtle = true },
            ],
            [new OpenUrlAction(texts.ExportDownload, link)]);
}
