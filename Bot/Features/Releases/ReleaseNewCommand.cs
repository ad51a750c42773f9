using CoordinatorBot.Cards.Releases;

namespace CoordinatorBot.Bot.Features.Releases;

/// <summary>"version ny" / "release new": the coordinator's form for a release.</summary>
[HelpOrder(3)]
public sealed class ReleaseNewCommand(TimeProvider time) : CommunityCommand(CommandIds.ReleaseNew, Role.Coordinator)
{
    protected override Task<Reply> HandleAsync(CommunityTurn turn, string arguments) =>
        Task.FromResult(Reply.WithCard(ReleaseForm.Compose(turn.Texts, turn.Community.Clock.Today(time.GetUtcNow()))));
}
