using CoordinatorBot.Cards.Releases;
using CoordinatorBot.Domain.Releases;
using CoordinatorBot.Storage.Releases;

namespace CoordinatorBot.Bot.Features.Releases;

/// <summary>The releases' answers: the list (with the supplier's form and the coordinator's GitHub fault) and one release.</summary>
public sealed class ReleaseReplies(ReleaseStore store, IBacklogReadings backlog, ReleaseAnnouncer announcer, IOptions<ReleasesOptions> options)
{
    public async Task<Reply> ListAsync(CommunityTurn turn)
    {
        var community = turn.Community;
        var releases = await store.ListAsync(community.Id, turn.CancellationToken);
        var waiting = ReleaseLog.Waiting((await backlog.LoadAsync(community.Id, turn.CancellationToken)).Items);
        string? problem = null;
        if (turn.ActorHolds(Role.Coordinator) && community.ReleaseRepository is { } repository &&
            await store.SyncAsync(community.Id, turn.CancellationToken) is { Problem: { } fault } sync && sync.Repository == repository)
        {
            problem = ReleaseFaultText.Of(turn.Texts, fault, repository,
                sync.NextReadAt is { } next ? turn.Texts.DateTime(next, community.Clock.Zone) : string.Empty);
        }

        var markable = ReleaseAuthority.MayMarkAny(turn.Actor)
            ? waiting.Where(i => ReleaseAuthority.MayMark(turn.Actor, i) == ReleasePermission.Allowed).ToList()
            : [];
        return Reply.WithCard(ReleaseListCard.Compose(turn.Texts, releases, waiting, community.ReleaseRepository,
            (int)Math.Round(options.Value.PollInterval.TotalMinutes), problem, ReleaseAuthority.MayEnter(turn.Actor) == ReleasePermission.Allowed, markable));
    }

    public async Task<Reply> ShowAsync(CommunityTurn turn, string text)
    {
        if (ReleaseVersion.TryParse(text) is not { } version)
        {
            return Reply.WithText(text.Length == 0 ? turn.Texts.ReleaseShowUsage : turn.Texts.ReleaseNotFound(text));
        }

        if (await store.GetAsync(turn.Community.Id, version, turn.CancellationToken) is not { } release)
        {
            return Reply.WithText(turn.Texts.ReleaseNotFound(version.Text));
        }

        var items = ReleaseLog.ItemsOf(release, (await backlog.LoadAsync(turn.Community.Id, turn.CancellationToken)).Items);
        var decisions = await announcer.DecisionsAsync(turn.Community.Id, release, turn.CancellationToken);
        return Reply.WithCard(ReleaseCard.Compose(turn.Texts, release, items, decisions));
    }

    public static string Refusal(Texts texts, ReleasePermission permission, int item = 0, string? supplier = null) => permission switch
    {
        ReleasePermission.NotCoordinator => texts.ReleaseRefusalCoordinator,
        ReleasePermission.NotSupplier => texts.ReleaseRefusalSupplier,
        ReleasePermission.OtherSupplier => texts.ReleaseRefusalOtherSupplier(item, supplier ?? string.Empty),
        ReleasePermission.NotDelivered => texts.ReleaseRefusalNotDelivered(item),
        _ => texts.ReleaseRefusalNotMember,
    };
}
