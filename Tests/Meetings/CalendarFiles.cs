using Calendar = Ical.Net.Calendar;

namespace CoordinatorBot.Tests.Meetings;

/// <summary>
/// A meeting's calendar file as a person gets it (the card's button, then its signed link), read by two independent
/// parsers: Ical.Net and Mozilla's ical.js (through node, pinned in deploy/local), each as a calendar client would.
/// </summary>
public static class CalendarFiles
{
    /// <summary>Presses "Kalenderfil (.ics)" on the meeting and downloads the file its link gives.</summary>
    public static async Task<string> DownloadAsync(BotHarness harness, string meetingId, string aad = "aad-alice", string name = "Alice")
    {
        var card = (await harness.PressAsync(CardVerbs.MeetingCalendarFile, new JsonObject { [CardVerbs.MeetingKey] = meetingId, ["lang"] = "da" }, aad, name))["value"]!;
        var link = new Uri(card["actions"]![0]!["url"]!.GetValue<string>());
        var response = await harness.Bot.Client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// Ical.Net's reading, with RFC 5545's rule for a VTIMEZONE checked (3.6.5: at least one STANDARD or DAYLIGHT part,
    /// each with its offsets): Copenhagen's has both, winter +01:00 and summer +02:00.
    /// </summary>
    public static Calendar ReadWithIcalNet(string ics)
    {
        var calendar = Calendar.Load(ics)!;
        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Europe/Copenhagen", zone.TzId);
        var parts = zone.Children.OfType<Ical.Net.VTimeZoneInfo>().ToList();
        var standard = Assert.Single(parts, p => p.Name == "STANDARD");
        var daylight = Assert.Single(parts, p => p.Name == "DAYLIGHT");
        Assert.Equal((TimeSpan.FromHours(2), TimeSpan.FromHours(1)), (standard.OffsetFrom!.Offset, standard.OffsetTo!.Offset));
        Assert.Equal((TimeSpan.FromHours(1), TimeSpan.FromHours(2)), (daylight.OffsetFrom!.Offset, daylight.OffsetTo!.Offset));
        Assert.All(parts, p => Assert.NotNull(p.DtStart));
        return calendar;
    }

    /// <summary>ical.js's reading (Tests/Meetings/read-ics.cjs): the zones with their parts, the events with UTC times from the file's own zone.</summary>
    public static async Task<JsonNode> ReadWithIcalJsAsync(string ics)
    {
        var file = Path.Combine(Path.GetTempPath(), $"meeting-{Guid.NewGuid():N}.ics");
        await File.WriteAllTextAsync(file, ics);
        try
        {
            return JsonNode.Parse(await NodeScript.RunAsync(Path.Combine("Meetings", "read-ics.cjs"), file))!;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>An instant as read-ics.cjs writes it.</summary>
    public static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
