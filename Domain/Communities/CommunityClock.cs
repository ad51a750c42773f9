namespace CoordinatorBot.Domain.Communities;

/// <summary>
/// The community's clock: its time zone (Europe/Copenhagen when the community's is unknown here), today, and the
/// conversions between an instant and a local date and time, across the daylight-saving changes.
/// </summary>
public sealed class CommunityClock
{
    private CommunityClock(TimeZoneInfo zone) => Zone = zone;

    public TimeZoneInfo Zone { get; }

    public static CommunityClock Of(Community community) => Of(community.TimeZoneId);

    public static CommunityClock Of(string? timeZoneId) =>
        new(!string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)
            ? zone
            : TimeZoneInfo.FindSystemTimeZoneById(Community.DefaultTimeZoneId));

    /// <summary>The instant as the community's wall clock shows it, with that moment's offset.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The date on the community's wall clock at <paramref name="now"/>.</summary>
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(ToLocal(now).DateTime);

    /// <summary>A date and time on the community's wall clock as an instant (in UTC).</summary>
    public DateTimeOffset ToInstant(DateOnly date, TimeOnly time) => ToInstant(date.ToDateTime(time));

    /// <summary>
    /// A wall-clock time as an instant (in UTC); its <see cref="DateTime.Kind"/> is ignored. A time that the spring
    /// change skips (02:30 in Copenhagen on the last Sunday of March) does not exist: it becomes the first moment that
    /// does, the end of the gap (03:00). A time that the autumn change shows twice (02:30 on the last Sunday of
    /// October) takes the first, earlier of the two (still summer time, +02:00): a deadline or a nudge then comes
    /// rather an hour early than an hour late.
    /// </summary>
    public DateTimeOffset ToInstant(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            // Gaps start and end on whole minutes; step to the first minute after the gap.
            local = local.AddTicks(-(local.Ticks % TimeSpan.TicksPerMinute));
            while (Zone.IsInvalidTime(local))
            {
                local = local.AddMinutes(1);
            }
        }

        // Of two offsets, the larger one gives the earlier instant.
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
