namespace CoordinatorBot.Cards.Decisions;

/// <summary>The time-limited download link of the decision log export.</summary>
public static class ExportCard
{
    public static AdaptiveCard Compose(Texts texts, Uri link, DateTimeOffset expires, TimeZoneInfo zone) =>
        DownloadCard.Compose(texts, texts.ExportTitle, texts.ExportIntro, link, expires, zone);
}
