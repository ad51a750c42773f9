using CoordinatorBot.Domain.Guides;

namespace CoordinatorBot.Bot.Features.Guides;

/// <summary>The guides feature's answer to what other features read of it (<see cref="IGuideReadings"/>).</summary>
public sealed class GuideReadings(GuideService guides) : IGuideReadings
{
    public async Task<IReadOnlyList<Guide>> CasesPresentedAtAsync(string communityId, string meetingId, CancellationToken cancellationToken)
    {
        var (all, _) = await guides.LoadAsync(communityId, cancellationToken);
        return [.. all.Where(g => g is { Kind: GuideKind.Case, Status: GuideStatus.Approved } && g.MeetingId == meetingId).OrderBy(g => g.Number)];
    }
}
