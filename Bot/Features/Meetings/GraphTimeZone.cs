using Microsoft.Graph.Models;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>
/// Times as Graph writes them (dateTimeTimeZone: a wall-clock time and a zone's name). Graph takes every Windows time
/// zone name but only some IANA names (Europe/Copenhagen is not among them), so the community's zone goes as its
/// Windows name ("Romance Standard Time").
/// </summary>
public static class GraphTimeZone
{
    public static string NameOf(TimeZoneInfo zone) =>
        !zone.HasIanaId ? zone.Id
        : TimeZoneInfo.TryConvertIanaIdToWindowsId(zone.Id, out var windows) ? windows
        : zone.Id;

    /// <summary>An instant as the community's wall clock shows it, named by the community's zone.</summary>
    public static DateTimeTimeZone From(DateTimeOffset instant, CommunityClock clock) => new()
    {
        DateTime = clock.ToLocal(instant).DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        TimeZone = NameOf(clock.Zone),
    };

    /// <summary>An instant from Graph's form; a zone Graph names that is unknown here is taken as the community's.</summary>
    public static DateTimeOffset? ToInstant(DateTimeTimeZone? value, CommunityClock clock)
    {
        if (value?.DateTime is not { } text || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return null;
        }

        if (value.TimeZone is null or "UTC" or "Etc/UTC" or "Etc/GMT" || parsed.Kind == DateTimeKind.Utc)
        {
            return new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc));
        }

        var wall = DateTime.SpecifyKind(parsed, DateTimeKind.Unspecified);
        return (TimeZoneInfo.TryFindSystemTimeZoneById(value.TimeZone, out var zone) ? CommunityClock.Of(zone.Id) : clock).ToInstant(wall);
    }
}
