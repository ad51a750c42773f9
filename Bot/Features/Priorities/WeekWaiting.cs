using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Features.Priorities;

/// <summary>
/// What waits for a community's people this week, read once (<see cref="WeekView.WaitingAsync"/>): its open decisions
/// with who voted on each, its onboardings and its members. The plan and every person's nudge are made from it.
/// </summary>
public sealed record WeekWaiting(IReadOnlyList<OpenDecision> OpenDecisions, IReadOnlyList<Domain.Onboarding.Onboarding> Onboardings,
    IReadOnlyList<Member> Members);
