using CoordinatorBot.Cards.Releases;
using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Domain.Releases;

namespace CoordinatorBot.Bot.Features.Releases;

/// <summary>
/// Tells of a release, each once (the outbox keys): in the channel, in the community's language, with what it delivered
/// and how many municipalities asked for each item (no names); and the raiser and the supporting municipalities' people
/// of each of its items in their own chat.
/// </summary>
public sealed class ReleaseAnnouncer(CommunitySender sender, ProactiveTargets targets, IBacklogReadings backlog, IDecisionReadings decisions,
    CommunityMembers members)
{
    public async Task AnnounceAsync(Community community, Release release, CancellationToken cancellationToken)
    {
        var items = ReleaseLog.ItemsOf(release, (await backlog.LoadAsync(community.Id, cancellationToken)).Items);
        var texts = new Texts(community.LanguageOf());
        var carried = await DecisionsAsync(community.Id, release, cancellationToken);
        await sender.EnqueueAsync($"release|{community.Id}|{release.ParsedVersion().Key}", community,
            ReleaseCard.Compose(texts, release, items, carried, community.DisplayName), cancellationToken);
        var people = await members.ListAsync(community.Id, cancellationToken);
        foreach (var item in items)
        {
            await TellAsync(community, people, release, item, cancellationToken);
        }
    }

    /// <summary>The raiser and the supporting municipalities' people of one item, each once per item and release.</summary>
    public async Task TellAsync(Community community, IReadOnlyList<Member> people, Release release, BacklogItem item, CancellationToken cancellationToken)
    {
        var told = people.Where(m => m.AadObjectId == item.RaisedById ||
            (m.Holds(Role.Municipality) && Municipalities.Find(m.Municipality).Municipality is { } own && item.Municipalities.Contains(own)));
        foreach (var person in told)
        {
            var texts = new Texts(await targets.LanguageAsync(community, person, cancellationToken));
            await sender.EnqueueAsync($"release|{community.Id}|{release.ParsedVersion().Key}|item|{item.Number}|{person.AadObjectId}", community, person,
                ReleaseNoticeCard.Compose(texts, texts.ReleaseItemNoticeTitle(item.Number, release.Version),
                    texts.ReleaseItemNoticeText(item.Title, release.Version, community.DisplayName)), cancellationToken);
        }
    }

    /// <summary>The release's decisions with their titles, as the community has them.</summary>
    public async Task<IReadOnlyList<(string Number, string Title)>> DecisionsAsync(string communityId, Release release, CancellationToken cancellationToken)
    {
        var list = new List<(string, string)>();
        foreach (var number in release.Decisions)
        {
            if (DecisionNumber.TryParse(number) is { } parsed && await decisions.GetAsync(communityId, parsed, cancellationToken) is { } found)
            {
                list.Add((found.Number.ToString(), found.Draft.Title));
            }
        }

        return list;
    }
}
