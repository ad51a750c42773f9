using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Domain.Status;

/// <summary>Everything a report is composed from: the community's data as the features keep it.</summary>
public sealed record StatusInputs(
    Community Community,
    IReadOnlyList<Decisions.Decision> Decisions,
    IReadOnlyList<BacklogItem> Items,
    IReadOnlyList<Wish> Wishes,
    IReadOnlyList<WishSupport> Supports,
    IReadOnlyList<Onboarding.Onboarding> Onboardings,
    IReadOnlyList<Meetings.Meeting> Meetings,
    IReadOnlyList<CoordinatorTask> Tasks);
