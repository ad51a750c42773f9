using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Cards.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>"eksportér beslutninger" / "export decisions": a signed download link, valid for 15 minutes.</summary>
[HelpOrder(4)]
public sealed class DecisionsExportCommand(ExportLinks links) : CommunityCommand(CommandIds.DecisionsExport)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments)
    {
        var (link, expires) = await links.CreateAsync(turn.Community.Id, turn.Language, turn.CancellationToken);
        return Reply.WithCard(ExportCard.Compose(turn.Texts, link, expires, turn.Community.Clock.Zone));
    }
}
