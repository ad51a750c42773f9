namespace CoordinatorBot.Domain.Decisions;

public static class DecisionBodies
{
    /// <summary>The role whose holders are the body's members.</summary>
    public static Role Role(this DecidingBody body) =>
        body == DecidingBody.SteeringGroup ? Communities.Role.SteeringGroup : Communities.Role.CoordinationGroup;

    /// <summary>The body's members: who may vote.</summary>
    public static IReadOnlyList<Member> MembersOf(this DecidingBody body, IEnumerable<Member> members) =>
        [.. members.Where(m => m.Holds(body.Role()))];
}
