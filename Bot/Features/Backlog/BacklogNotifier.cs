using CoordinatorBot.Cards.Backlog;
using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>Tells the raiser of a wish and its supporting municipalities' people what became of it, through the outbox.</summary>
public sealed class BacklogNotifier(CommunitySender sender, ProactiveTargets targets)
{
    public Task NotifyStatusAsync(Community community, IReadOnlyList<Member> members, Member? actor, BacklogItem item,
        CancellationToken cancellationToken) =>
        NotifyAsync(community, members, actor, item.RaisedById, item.Municipalities, $"item|{item.Number}|{item.Status}", item.Number,
            t => (t.ItemMovedTitle(item.Number, t.ItemStatusName(item.Status)), t.ItemMovedText(item.Title, t.ItemStatusName(item.Status))),
            cancellationToken);

    /// <summary>
    /// Tells the raiser and the people of the supporting municipalities (not the one who acted), each once per
    /// event (the outbox key), in their own language.
    /// </summary>
    public async Task NotifyAsync(Community community, IReadOnlyList<Member> members, Member? actor, string raiserId,
        IReadOnlyList<string> municipalities, string eventKey, int? item, Func<Texts, (string Title, string Text)> message,
        CancellationToken cancellationToken)
    {
        var told = members.Where(m => m.AadObjectId != actor?.AadObjectId && (m.AadObjectId == raiserId ||
            (m.Holds(Role.Municipality) && Municipalities.Find(m.Municipality).Municipality is { } own && municipalities.Contains(own))));
        // Each person's notice is their own row: they are written side by side, not one after the other.
        await Task.WhenAll(told.Select(async person =>
        {
            var texts = new Texts(await targets.LanguageAsync(community, person, cancellationToken));
            var (title, text) = message(texts);
            await sender.EnqueueAsync($"backlog|{community.Id}|{eventKey}|{person.AadObjectId}", community, person,
                BacklogNoticeCard.Compose(texts, title, text, item), cancellationToken);
        }));
    }
}
