using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>
/// "status" / "status S-2026-03": the coordinator gets a fresh draft for the period since the last report, to mark and
/// publish; everyone else the latest published report, or the one named.
/// </summary>
[HelpOrder(1)]
public sealed class StatusCommand(StatusReports reports) : CommunityCommand(CommandIds.Status)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments)
    {
        var community = turn.Community;
        if (StatusReportNumber.Parse(arguments) is { } number)
        {
            return await reports.GetAsync(community, number, turn.CancellationToken) is { } named
                ? Reply.WithCard(await reports.CardAsync(community, named, turn.Texts, false, null, turn.CancellationToken))
                : Reply.WithText(turn.Texts.StatusNotFound(number));
        }

        if (StatusAuthority.CanWrite(turn.Actor))
        {
            var draft = await reports.ComposeDraftAsync(community, turn.CancellationToken);
            return Reply.WithCard(await reports.CardAsync(community, draft, turn.Texts, true, null, turn.CancellationToken));
        }

        return await reports.LatestAsync(community, turn.CancellationToken) is { } latest
            ? Reply.WithCard(await reports.CardAsync(community, latest, turn.Texts, false, null, turn.CancellationToken))
            : Reply.WithText(turn.Texts.StatusNoneYet);
    }
}
