using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Bot.Features.Community;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Storage.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>"beslutning ny" / "decision new": the proposal form, for the coordinator and the bodies' members.</summary>
public sealed class DecisionNewCommand(DecisionForms forms, CommunityAccess access) : ICommand
{
    public string Id => CommandIds.DecisionNew;

    public bool NeedsCommunity => true;

    public bool IsOfferedTo(CommandAudience audience) => audience.InCommunity && DecisionBodies.MayProposeAny(audience.Actor);

    public async Task<Reply> HandleAsync(Turn turn, string arguments)
    {
        var actor = await access.MemberAsync(turn.Community!.Id, turn.ActorId, turn.CancellationToken).ConfigureAwait(false);
        return DecisionBodies.MayProposeAny(actor)
            ? Reply.WithCard(await forms.ComposeAsync(turn, null, null).ConfigureAwait(false))
            : Reply.WithText(turn.Texts.DecisionNotAllowedToPropose);
    }
}

/// <summary>"beslutning B-2026-014" / "decision B-2026-014": one record, with its history.</summary>
public sealed class DecisionShowCommand(DecisionReplies replies) : ICommand
{
    public string Id => CommandIds.DecisionShow;

    public bool NeedsCommunity => true;

    public bool IsOfferedTo(CommandAudience audience) => false;

    public Task<Reply> HandleAsync(Turn turn, string arguments) =>
        DecisionNumber.TryParse(arguments) is { } number
            ? replies.ShowAsync(turn, number, null, withHistory: true)
            : Task.FromResult(Reply.WithText(arguments.Length == 0 ? turn.Texts.DecisionShowUsage : turn.Texts.DecisionNotFound(arguments)));
}

/// <summary>"beslutninger" / "decisions": the decision log, newest first, filtered by what follows.</summary>
public sealed class DecisionsCommand(DecisionStore decisions) : ICommand
{
    public string Id => CommandIds.Decisions;

    public bool NeedsCommunity => true;

    public bool IsOfferedTo(CommandAudience audience) => audience.InCommunity;

    public Task<Reply> HandleAsync(Turn turn, string arguments) => ListAsync(decisions, turn, arguments, 1);

    public static async Task<Reply> ListAsync(DecisionStore decisions, Turn turn, string filter, int page)
    {
        var community = turn.Community!;
        var all = await decisions.ListAsync(community.Id, turn.CancellationToken).ConfigureAwait(false);
        var matching = all.Where(DecisionFilterReader.Read(filter).Matches).ToList();
        return Reply.WithCard(DecisionList.Compose(turn.Texts, matching, page, filter.Trim(), community.Zone()));
    }
}

/// <summary>"eksportér beslutninger" / "export decisions": a signed download link, valid for 15 minutes.</summary>
public sealed class DecisionsExportCommand(ExportLinks links) : ICommand
{
    public string Id => CommandIds.DecisionsExport;

    public bool NeedsCommunity => true;

    public bool IsOfferedTo(CommandAudience audience) => audience.InCommunity;

    public async Task<Reply> HandleAsync(Turn turn, string arguments)
    {
        var (link, expires) = await links.CreateAsync(turn.Community!.Id, turn.Language, turn.CancellationToken).ConfigureAwait(false);
        return Reply.WithCard(ExportCard.Compose(turn.Texts, link, expires, turn.Community.Zone()));
    }
}
