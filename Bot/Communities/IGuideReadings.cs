using CoordinatorBot.Domain.Guides;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// What other features read of the guides and user cases, published by the guides feature: the approved cases
/// presented at a meeting (a user-club meeting's or webinar's card lists them). Features do not read each other's storage.
/// </summary>
public interface IGuideReadings
{
    /// <summary>The approved user cases that name <paramref name="meetingId"/> as where they were presented, oldest first.</summary>
    Task<IReadOnlyList<Guide>> CasesPresentedAtAsync(string communityId, string meetingId, CancellationToken cancellationToken);
}
