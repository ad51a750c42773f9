namespace CoordinatorBot.Domain.Meetings;

/// <summary>A poll's answers counted per time, and the time they settle on.</summary>
public sealed record PollTally(IReadOnlyList<(int Yes, int Maybe, int No)> Counts, int? Settled)
{
    /// <summary>
    /// The counts per time, and the earliest time every required attendee answered ja to (a maybe is no promise);
    /// none while someone required has not answered or no time suits all.
    /// </summary>
    public static PollTally Of(TimePoll poll, IReadOnlyList<PollResponse> responses)
    {
        var counts = poll.Slots.Select((_, i) => (
            responses.Count(r => r.For(i) == PollAnswer.Yes),
            responses.Count(r => r.For(i) == PollAnswer.Maybe),
            responses.Count(r => r.For(i) == PollAnswer.No))).ToList();
        int? settled = null;
        if (poll.Required.Count > 0)
        {
            var byPerson = responses.ToDictionary(r => r.PersonId, StringComparer.Ordinal);
            settled = Enumerable.Range(0, poll.Slots.Count)
                .Where(i => poll.Required.All(id => byPerson.TryGetValue(id, out var r) && r.For(i) == PollAnswer.Yes))
                .Select(i => (int?)i)
                .MinBy(i => poll.Slots[i!.Value]);
        }

        return new PollTally(counts, settled);
    }
}
