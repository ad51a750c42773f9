using CoordinatorBot.Domain.Communities;

namespace CoordinatorBot.Domain.Decisions;

public static class DecisionBodies
{
    /// <summary>The role whose holders are the body's members.</summary>
    public static Role Role(this DecidingBody body) =>
        body == DecidingBody.SteeringGroup ? Communities.Role.SteeringGroup : Communities.Role.CoordinationGroup;

    /// <summary>The body's members: who may vote.</summary>
    public static IReadOnlyList<Member> MembersOf(this DecidingBody body, IEnumerable<Member> members) =>
        [.. members.Where(m => m.Holds(body.Role()))];

    /// <summary>The coordinator may propose to either body, a body's members to their own; suppliers go through them.</summary>
    public static bool MayPropose(Member? actor, DecidingBody body) =>
        actor is not null && (actor.Holds(Communities.Role.Coordinator) || actor.Holds(body.Role()));

    /// <summary>Whether the person may propose to any body at all.</summary>
    public static bool MayProposeAny(Member? actor) =>
        Enum.GetValues<DecidingBody>().Any(b => MayPropose(actor, b));
}
