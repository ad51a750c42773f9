using CoordinatorBot.Cards.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>A command that answers with a signed link to the community's export (<see cref="DecisionArchive.Download"/>).</summary>
public abstract class ExportLinkCommand(LinkSigner signer, string id) : CommunityCommand(id)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments)
    {
        var (link, expires) = await DecisionArchive.Download.CreateAsync(signer, [turn.Community.Id], turn.Language, turn.CancellationToken);
        return Reply.WithCard(ExportCard.Compose(turn.Texts, link, expires, turn.Community.Clock.Zone));
    }
}
