using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Domain.Status;

/// <summary>
/// The items the bot can back with its own data: G1 (the community is counted in the secretariat's portfolio), G2
/// (meetings held with the secretariat), G3 (the coordinator), G6 and G7 (the bodies and their members), G10
/// (municipalities that completed onboarding) and G14 (the team and its user-club meetings). Only facts the bot holds
/// make a suggestion "met"; without them it says "unclear".
/// </summary>
public static class GovernanceSuggestions
{
    /// <param name="inPortfolio">Whether the community is counted in the secretariat's portfolio (<see cref="Portfolio.PortfolioRules.IsIn"/>).</param>
    /// <param name="secretariatElsewhere">
    /// Attendees who hold the secretariat role in another community of the deployment: the secretariat is OS2's, not one
    /// community's, so a meeting with them is a meeting with the secretariat too.
    /// </param>
    public static IReadOnlyList<GovernanceSuggestion> From(IReadOnlyList<Member> members, IReadOnlyList<Onboarding.Onboarding> onboardings,
        IReadOnlyList<Meeting> meetings, DateTimeOffset now, bool inPortfolio, IReadOnlySet<string>? secretariatElsewhere = null)
    {
        var held = meetings.Where(m => !m.IsCancelled && m.Start < now).ToList();
        List<string> Holders(Role role) => [.. members.Where(m => m.Holds(role)).Select(m => m.Name).Order(StringComparer.Ordinal)];
        int Held(MeetingKind kind) => held.Count(m => m.Kind == kind);

        var secretariat = members.Where(m => m.Holds(Role.Secretariat)).Select(m => m.AadObjectId)
            .Concat(secretariatElsewhere ?? new HashSet<string>()).ToHashSet(StringComparer.Ordinal);
        var withSecretariat = held.Count(m => m.Attendees.Any(a => a.AadObjectId is { } id && secretariat.Contains(id)));
        var joined = onboardings.Where(o => o.IsCompleted).Select(o => Onboarding.Municipalities.OfficialName(o.Details.Municipality)).Order(StringComparer.Ordinal).ToList();
        var coordinators = Holders(Role.Coordinator);
        var steering = Holders(Role.SteeringGroup);
        var coordination = Holders(Role.CoordinationGroup);

        return
        [
            new("G1", inPortfolio ? GovernanceMark.Met : GovernanceMark.Unclear, [], inPortfolio ? 1 : 0),
            new("G2", withSecretariat > 0 ? GovernanceMark.Met : GovernanceMark.Unclear, Holders(Role.Secretariat), withSecretariat),
            new("G3", coordinators.Count > 0 ? GovernanceMark.Met : GovernanceMark.NotMet, coordinators, 0),
            new("G6", steering.Count > 0 ? GovernanceMark.Met : GovernanceMark.NotMet, steering, Held(MeetingKind.SteeringGroup)),
            new("G7", coordination.Count > 0 ? GovernanceMark.Met : GovernanceMark.Unclear, coordination, Held(MeetingKind.CoordinationGroup)),
            new("G10", joined.Count > 0 ? GovernanceMark.Met : GovernanceMark.Unclear, joined, joined.Count),
            new("G14", Held(MeetingKind.UserClub) > 0 ? GovernanceMark.Met : GovernanceMark.Unclear, [], Held(MeetingKind.UserClub)),
        ];
    }
}
