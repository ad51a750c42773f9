using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Domain.Status;

/// <summary>
/// The items the bot can back with its own data: G2 (meetings with the secretariat), G3 (the coordinator), G6 and G7
/// (the bodies and their members), G10 (municipalities that completed onboarding) and G14 (the team and its user-club
/// meetings). Only facts the bot holds make a suggestion "met"; without them it says "unclear".
/// </summary>
public static class GovernanceSuggestions
{
    public static IReadOnlyList<GovernanceSuggestion> From(IReadOnlyList<Member> members, IReadOnlyList<Onboarding.Onboarding> onboardings,
        IReadOnlyList<Meeting> meetings, DateTimeOffset now)
    {
        var held = meetings.Where(m => !m.IsCancelled && m.Start < now).ToList();
        List<string> Holders(Role role) => [.. members.Where(m => m.Holds(role)).Select(m => m.Name).Order(StringComparer.Ordinal)];
        int Held(MeetingKind kind) => held.Count(m => m.Kind == kind);

        var secretariat = members.Where(m => m.Holds(Role.Secretariat)).Select(m => m.AadObjectId).ToHashSet(StringComparer.Ordinal);
        var withSecretariat = held.Count(m => m.Attendees.Any(a => a.AadObjectId is { } id && secretariat.Contains(id)));
        var joined = onboardings.Where(o => o.IsCompleted).Select(o => Onboarding.Municipalities.OfficialName(o.Details.Municipality)).Order(StringComparer.Ordinal).ToList();
        var coordinators = Holders(Role.Coordinator);
        var steering = Holders(Role.SteeringGroup);
        var coordination = Holders(Role.CoordinationGroup);

        return
        [
            new("G2", withSecretariat > 0 ? GovernanceMark.Met : GovernanceMark.Unclear, Holders(Role.Secretariat), withSecretariat),
            new("G3", coordinators.Count > 0 ? GovernanceMark.Met : GovernanceMark.NotMet, coordinators, 0),
            new("G6", steering.Count > 0 ? GovernanceMark.Met : GovernanceMark.NotMet, steering, Held(MeetingKind.SteeringGroup)),
            new("G7", coordination.Count > 0 ? GovernanceMark.Met : GovernanceMark.Unclear, coordination, Held(MeetingKind.CoordinationGroup)),
            new("G10", joined.Count > 0 ? GovernanceMark.Met : GovernanceMark.Unclear, joined, joined.Count),
            new("G14", Held(MeetingKind.UserClub) > 0 ? GovernanceMark.Met : GovernanceMark.Unclear, [], Held(MeetingKind.UserClub)),
        ];
    }
}
