using CoordinatorBot.Domain.Meetings;
using CoordinatorBot.Storage.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>
/// A series of the yearly wheel in our own tables: one meeting row per occurrence (the first is the booked meeting
/// itself), each with its own Graph event when Graph listed the series' instances, so that one occurrence can be moved
/// or cancelled alone and keeps its own agenda and minutes. Graph v1.0 lists no cancelled occurrence; these rows do.
/// </summary>
public sealed partial class MeetingSeries(MeetingStore store, MeetingGraph graph, ILogger<MeetingSeries> logger)
{
    /// <summary>Each occurrence's own event; none when Graph does not answer (the occurrences are then kept unbooked).</summary>
    public async Task<IReadOnlyList<(string EventId, DateTimeOffset Start)>> InstancesAsync(string organizer, Meeting first, string seriesEventId,
        CommunityClock clock, CancellationToken cancellationToken)
    {
        try
        {
            var last = clock.ToInstant(first.Recurrence!.Until.AddDays(1), TimeOnly.MinValue);
            return await graph.InstancesAsync(organizer, seriesEventId, first.Start, last, clock, cancellationToken);
        }
        catch (GraphCallException e)
        {
            LogInstancesFailed(logger, e.Failure);
            return [];
        }
    }

    /// <summary>Stores the occurrences after the first: "{series}-{yyyyMMdd}", on the series' time of day; a row kept stays as it is.</summary>
    public async Task AddOccurrencesAsync(Community community, Meeting first, IReadOnlyList<(string EventId, DateTimeOffset Start)> instances,
        CancellationToken cancellationToken)
    {
        if (first.Recurrence is not { } recurrence)
        {
            return;
        }

        var clock = community.Clock;
        var time = TimeOnly.FromDateTime(clock.ToLocal(first.Start).DateTime);
        foreach (var day in recurrence.Dates().Skip(1))
        {
            var start = clock.ToInstant(day, time);
            var id = $"{first.Id}-{day:yyyyMMdd}";
            await store.AddAsync(community.Id, first with
            {
                Id = id,
                TransactionId = id,
                Start = start,
                End = start + first.Duration,
                OriginalStart = start,
                GraphEventId = first.IsBooked ? instances.FirstOrDefault(i => i.Start == start).EventId : null,
                Status = MeetingStatus.Planned,
                Responses = null,
                CardActivityId = null,
                CardConversationId = null,
            }, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A series was booked but its occurrences could not be listed ({Failure})")]
    private static partial void LogInstancesFailed(ILogger logger, GraphFailure failure);
}
