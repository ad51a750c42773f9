using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>
/// What the governance suggestions rest on, read from other features: the community's onboardings, its meetings, and
/// the attendees of meetings held who hold the secretariat role in another community.
/// </summary>
public sealed record GovernanceFacts(IReadOnlyList<Domain.Onboarding.Onboarding> Onboardings, IReadOnlyList<Meeting> Meetings, IReadOnlySet<string> SecretariatElsewhere);
