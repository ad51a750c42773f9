using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Cards.Composers;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>"eksportér beslutninger" / "export decisions": a signed download link, valid for 15 minutes.</summary>
public sealed class DecisionsExportCommand(ExportLinks links) : ICommand
{
    public string Id => CommandIds.DecisionsExport;

    public bool NeedsCommunity => true;

    public bool IsOfferedTo(CommandAudience audience) => audience.InCommunity;

    public async Task<Reply> HandleAsync(Turn turn, string arguments)
    {
        var (link, expires) = await links.CreateAsync(turn.Community!.Id, turn.Language, turn.CancellationToken);
        return Reply.WithCard(ExportCard.Compose(turn.Texts, link, expires, turn.Community.Zone()));
    }
}
