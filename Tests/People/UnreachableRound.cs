namespace CoordinatorBot.Tests.People;

/// <summary>
/// A round of B-2026-001's reminders in Alice's community, where Dana (a guest from another municipality's tenant: Teams
/// answers 403) and Erik (for whom the app is not installed: 404) cannot be written to in a 1:1 chat.
/// </summary>
internal sealed class UnreachableRound(BotHarness harness, Community community)
{
    public static async Task<UnreachableRound> SetUpAsync(BotHarness harness)
    {
        harness.Connector.Roster.Add(("aad-alice", "Alice"));
        await harness.SetUpCommunityAsync();
        harness.Connector.RefusedChats["29:aad-dana"] = 403;
        harness.Connector.RefusedChats["29:aad-erik"] = 404;
        return new(harness, (await harness.Service<CommunityDirectory>().GetAsync(ActivityBuilder.TeamId, default))!);
    }

    /// <summary>The outbox key of the reminder to the person <paramref name="id"/>.</summary>
    public static string Key(string id) => $"reminder|{ActivityBuilder.TeamId}|B-2026-001|{id}";

    /// <summary>Queues the reminder to <paramref name="name"/> (aad-name in lower case, in the steering group).</summary>
    public Task<bool> EnqueueAsync(string name, AdaptiveCard card)
    {
        var id = $"aad-{name.ToLowerInvariant()}";
        return harness.Service<CommunitySender>().EnqueueAsync(Key(id), community,
            new Member(id, name, new HashSet<Role> { Role.SteeringGroup }, null, $"29:{id}"), card, default);
    }
}
