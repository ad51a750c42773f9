using CoordinatorBot.Domain.Meetings;
using CoordinatorBot.Storage.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>The meetings feature's answer to what other features read of its meetings (<see cref="IMeetingReadings"/>).</summary>
public sealed class MeetingReadings(MeetingStore store) : IMeetingReadings
{
    public Task<IReadOnlyList<Meeting>> ListAsync(string communityId, CancellationToken cancellationToken) =>
        store.ListAsync(communityId, cancellationToken);
}
