using CoordinatorBot.Cards.Releases;
using CoordinatorBot.Domain.Releases;
using CoordinatorBot.Storage.Releases;

namespace CoordinatorBot.Bot.Features.Releases;

/// <summary>
/// The supplier marks delivered items with the release that shipped it (one that is out, or the coming one). Each item
/// is checked as stored now (<see cref="ReleaseAuthority.MayMark"/>: their own company's, delivered, no release yet);
/// when the release is out already, its items' raisers and supporters are told now, else when it comes.
/// </summary>
public sealed class ReleaseMarkAction(IBacklogReleaseMarks marks, IBacklogReadings backlog, ReleaseStore store, ReleaseAnnouncer announcer)
    : CommunityFormAction(CardVerbs.ReleaseMark, Role.Supplier)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var numbers = input.List(ReleaseListCard.MarkItemsInput, ',')
            .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : 0).Where(i => i > 0).Distinct().ToList();
        if (numbers.Count == 0 || ReleaseVersion.TryParse(input.Text(ReleaseListCard.MarkVersionInput)) is not { } version)
        {
            return Reply.WithText(turn.Texts.ReleaseMarkNothing);
        }

        var items = (await backlog.LoadAsync(turn.Community.Id, turn.CancellationToken)).Items;
        foreach (var number in numbers)
        {
            if (items.FirstOrDefault(i => i.Number == number) is not { } item)
            {
                return Reply.WithText(turn.Texts.ReleaseRefusalNotDelivered(number));
            }

            var permission = item.ReleaseVersion is not null ? ReleasePermission.NotDelivered : ReleaseAuthority.MayMark(turn.Actor, item);
            if (permission != ReleasePermission.Allowed)
            {
                return Reply.WithText(ReleaseReplies.Refusal(turn.Texts, permission, number, item.Supplier));
            }
        }

        // The one stored spelling of a version that is out ("3.2.0" for "v3.2"), else as the supplier wrote it.
        var release = await store.GetAsync(turn.Community.Id, version, turn.CancellationToken);
        var written = release?.Version ?? version.Text;
        var marked = new List<Domain.Backlog.BacklogItem>();
        foreach (var number in numbers)
        {
            // Checked again on the item as stored, with its ETag: a change in between is judged afresh.
            var saved = await marks.MarkAsync(turn.Community.Id, number, written,
                i => ReleaseAuthority.MayMark(turn.Actor, i) == ReleasePermission.Allowed && i.ReleaseVersion is null, turn.CancellationToken);
            if (saved?.ReleaseVersion == written)
            {
                marked.Add(saved);
            }
        }

        if (release is not null)
        {
            foreach (var item in marked)
            {
                await announcer.TellAsync(turn.Community, turn.Members, release, item, turn.CancellationToken);
            }
        }

        return Reply.WithText(turn.Texts.ReleaseMarked(string.Join(", ", marked.Select(i => $"#{i.Number}")), written));
    }
}
