namespace CoordinatorBot.Cards.Common;

/// <summary>A meeting's time in words, on the community's clock: "tirsdag den 8. december 2026 kl. 10.00 til kl. 11.30".</summary>
public static class MeetingTimes
{
    public static string Range(Texts texts, DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone) =>
        texts.MeetingTimeRange(texts.DateTime(start, zone), texts.Clock(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(end, zone).DateTime)));

    /// <summary>A button's short form: "tir. 8. dec. kl. 10.00".</summary>
    public static string Short(Texts texts, DateTimeOffset start, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(start, zone);
        return $"{local.ToString(texts.MeetingShortDateFormat, texts.Culture)} {texts.Clock(TimeOnly.FromDateTime(local.DateTime))}";
    }
}
