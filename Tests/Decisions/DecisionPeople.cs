namespace CoordinatorBot.Tests.Decisions;

/// <summary>
/// The community the decision feature tests act in: Alice coordinates, and the coordination group decides unanimously;
/// Bob, Carl and Dora are the steering group.
/// </summary>
public static class DecisionPeople
{
    public static async Task SetUpAsync(BotHarness harness)
    {
        await harness.SetUpCommunityAsync(coordinationRule: "Unanimous");
        await harness.AddMembersAsync(Role.SteeringGroup, ("aad-bob", "Bob"), ("aad-carl", "Carl"), ("aad-dora", "Dora"));
    }
}
