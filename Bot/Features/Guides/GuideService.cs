using CoordinatorBot.Cards.Guides;
using CoordinatorBot.Domain.Guides;
using CoordinatorBot.Storage.Guides;

namespace CoordinatorBot.Bot.Features.Guides;

/// <summary>
/// Guides and user cases proposed, revised and decided. Every change is a read–modify–write over the row's ETag with
/// the authority asked again inside it, so of two coordinators deciding at once one wins and the other finds it decided.
/// Who must know is told in their chat through the outbox (keys "guide|{community}|{number}|{event}|{revision}|{person}",
/// each once).
/// </summary>
public sealed partial class GuideService(GuideStore store, CommunitySender sender, ProactiveTargets targets, TimeProvider time,
    ILogger<GuideService> logger)
{
    public Task<(IReadOnlyList<Guide> Guides, IReadOnlySet<string> Consenting)> LoadAsync(string communityId, CancellationToken cancellationToken) =>
        store.LoadAsync(communityId, cancellationToken);

    public Task<Guide?> GetAsync(string communityId, int number, CancellationToken cancellationToken) =>
        store.GetAsync(communityId, number, cancellationToken);

    /// <summary>Stores a proposal under the community's next number and tells the coordinators.</summary>
    public async Task<Guide> ProposeAsync(Community community, IReadOnlyList<Member> members, Member proposer, Guide draft,
        CancellationToken cancellationToken)
    {
        var guide = draft with
        {
            Number = await store.NextNumberAsync(community.Id, cancellationToken), Status = GuideStatus.Proposed,
            ProposedById = proposer.AadObjectId, ProposedByName = proposer.Name, ProposedAt = time.GetUtcNow(),
        };
        await store.AddAsync(community.Id, guide, cancellationToken);
        await TellCoordinatorsAsync(community, members, proposer, guide, cancellationToken);
        Log.Proposed(logger, community.Id, guide.Number, guide.Kind);
        return guide;
    }

    /// <summary>The proposer's new text for a proposal that waits or was sent back: it waits again, and the coordinators are told.</summary>
    public async Task<(Guide? Guide, GuidePermission Permission)> ReviseAsync(Community community, IReadOnlyList<Member> members, Member proposer,
        int number, Guide revised, CancellationToken cancellationToken)
    {
        var permission = GuidePermission.NotOpen;
        var saved = await store.UpdateAsync(community.Id, number, current =>
        {
            permission = GuideAuthority.MayRevise(proposer, current);
            return permission != GuidePermission.Allowed ? null : current with
            {
                Title = revised.Title, Audience = revised.Audience, Municipality = revised.Municipality, Text = revised.Text,
                Results = revised.Results, Links = revised.Links, ContactId = revised.ContactId, ContactName = revised.ContactName,
                MeetingId = revised.MeetingId, Status = GuideStatus.Proposed, Reason = null, DecidedByName = null, DecidedAt = null,
                Revisions = current.Revisions + (current.Status == GuideStatus.ChangesAsked ? 1 : 0),
            };
        }, cancellationToken);
        if (saved is not null && permission == GuidePermission.Allowed)
        {
            await TellCoordinatorsAsync(community, members, proposer, saved, cancellationToken);
        }

        return (saved, permission);
    }

    /// <summary>
    /// The coordinator's decision, taken only while the proposal waits (checked again over the ETag); the proposer is
    /// told, and an approved case's contact is asked for consent when they have not given it.
    /// </summary>
    public async Task<(Guide? Guide, GuidePermission Permission)> DecideAsync(Community community, IReadOnlyList<Member> members, Member coordinator,
        int number, GuideDecision decision, string? reason, CancellationToken cancellationToken)
    {
        var permission = GuidePermission.NotOpen;
        var saved = await store.UpdateAsync(community.Id, number, current =>
        {
            permission = GuideAuthority.MayDecide(coordinator, current);
            return permission != GuidePermission.Allowed ? null : current with
            {
                Status = decision switch
                {
                    GuideDecision.Approve => GuideStatus.Approved, GuideDecision.AskChanges => GuideStatus.ChangesAsked, _ => GuideStatus.Declined,
                },
                Reason = GuideAuthority.NeedsReason(decision) ? reason : null, DecidedByName = coordinator.Name, DecidedAt = time.GetUtcNow(),
            };
        }, cancellationToken);
        if (saved is null || permission != GuidePermission.Allowed)
        {
            return (saved, permission);
        }

        Log.Decided(logger, community.Id, number, saved.Status);
        await TellProposerAsync(community, members, coordinator, saved, cancellationToken);
        if (saved is { Status: GuideStatus.Approved, ContactId: { } contactId } &&
            members.FirstOrDefault(m => m.AadObjectId == contactId) is { } contact &&
            !(await store.LoadAsync(community.Id, cancellationToken)).Consenting.Contains(contactId))
        {
            var texts = new Texts(await targets.LanguageAsync(community, contact, cancellationToken));
            await sender.EnqueueAsync($"guide|{community.Id}|{number}|consent|{contactId}", community, contact,
                GuideConsentCard.Compose(texts, false, saved.Title), cancellationToken);
        }

        return (saved, permission);
    }

    /// <summary>The person's own consent to be named in the community's cases.</summary>
    public Task SetConsentAsync(string communityId, string aadObjectId, bool consent, CancellationToken cancellationToken) =>
        store.SetConsentAsync(communityId, aadObjectId, consent, cancellationToken);

    private async Task TellCoordinatorsAsync(Community community, IReadOnlyList<Member> members, Member proposer, Guide guide,
        CancellationToken cancellationToken)
    {
        foreach (var coordinator in members.Where(m => m.Holds(Role.Coordinator) && m.AadObjectId != proposer.AadObjectId))
        {
            var texts = new Texts(await targets.LanguageAsync(community, coordinator, cancellationToken));
            await sender.EnqueueAsync($"guide|{community.Id}|{guide.Number}|proposed|{guide.Revisions}|{coordinator.AadObjectId}", community, coordinator,
                GuideNoticeCard.Compose(texts, texts.GuideToldNewTitle,
                    texts.GuideToldNewText(proposer.Name, texts.GuideKindName(guide.Kind).ToLower(texts.Culture), guide.Title), guide.Number),
                cancellationToken);
        }
    }

    private async Task TellProposerAsync(Community community, IReadOnlyList<Member> members, Member coordinator, Guide guide,
        CancellationToken cancellationToken)
    {
        if (guide.ProposedById == coordinator.AadObjectId || members.FirstOrDefault(m => m.AadObjectId == guide.ProposedById) is not { } proposer)
        {
            return;
        }

        var texts = new Texts(await targets.LanguageAsync(community, proposer, cancellationToken));
        var (title, text) = guide.Status switch
        {
            GuideStatus.Approved => (texts.GuideToldApprovedTitle, texts.GuideToldApprovedText(guide.Title)),
            GuideStatus.ChangesAsked => (texts.GuideToldChangesTitle, texts.GuideToldChangesText(guide.Title, guide.Reason ?? string.Empty)),
            _ => (texts.GuideToldDeclinedTitle, texts.GuideToldDeclinedText(guide.Title, guide.Reason ?? string.Empty)),
        };
        await sender.EnqueueAsync($"guide|{community.Id}|{guide.Number}|{guide.Status}|{guide.Revisions}|{proposer.AadObjectId}", community, proposer,
            GuideNoticeCard.Compose(texts, title, text, guide.Number, revise: guide.Status == GuideStatus.ChangesAsked), cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 9501, Level = LogLevel.Information, Message = "{Kind} {Number} proposed in community {CommunityId}")]
        public static partial void Proposed(ILogger logger, string communityId, int number, GuideKind kind);

        [LoggerMessage(EventId = 9502, Level = LogLevel.Information, Message = "Guide {Number} in community {CommunityId} is now {Status}")]
        public static partial void Decided(ILogger logger, string communityId, int number, GuideStatus status);
    }
}
