namespace CoordinatorBot.Bot.Features.Releases;

/// <summary>One release, from the list's buttons: everyone may look.</summary>
public sealed class ReleaseShowAction(ReleaseReplies replies) : CommunityCardAction<ReleaseShowAction.Input>(CardVerbs.ReleaseShow)
{
    public sealed record Input(string Version);

    protected override Input? Read(CardInput input) => input.Text(CardVerbs.ReleaseKey) is { } version ? new Input(version) : null;

    protected override Task<Reply> HandleAsync(CommunityTurn turn, Input input) => replies.ShowAsync(turn, input.Version);
}
