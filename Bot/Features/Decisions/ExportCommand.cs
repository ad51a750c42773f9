using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Cards.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>
/// "eksportér" / "export": the whole export as one just-the-docs site; "eksportér beslutninger" (the longer words win)
/// keeps giving the same zip under its old name.
/// </summary>
[HelpOrder(5)]
public sealed class ExportCommand(ExportLinks links) : CommunityCommand(CommandIds.Export)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments)
    {
        var (link, expires) = await links.CreateAsync(turn.Community.Id, turn.Language, turn.CancellationToken);
        return Reply.WithCard(ExportCard.Compose(turn.Texts, link, expires, turn.Community.Clock.Zone));
    }
}
