namespace CoordinatorBot.Domain.Guides;

/// <summary>
/// Who may do what with guides and cases: anyone with a role proposes; the coordinator approves, asks for changes or
/// declines (the last two with a reason); the proposer rewrites a proposal sent back; a person is named as a case's
/// contact only while they themselves consent.
/// </summary>
public static class GuideAuthority
{
    public static GuidePermission MayPropose(Member? actor) =>
        actor is { Roles.Count: > 0 } ? GuidePermission.Allowed : GuidePermission.NotAMember;

    public static GuidePermission MayDecide(Member? actor, Guide guide) =>
        actor is not { Roles.Count: > 0 } ? GuidePermission.NotAMember
        : !actor.Holds(Role.Coordinator) ? GuidePermission.NotCoordinator
        : guide.Status is GuideStatus.Proposed ? GuidePermission.Allowed
        : GuidePermission.NotOpen;

    /// <summary>Rewriting a proposal: its proposer, while it waits or was sent back.</summary>
    public static GuidePermission MayRevise(Member? actor, Guide guide) =>
        actor is not { Roles.Count: > 0 } ? GuidePermission.NotAMember
        : actor.AadObjectId != guide.ProposedById ? GuidePermission.NotProposer
        : guide.Status is GuideStatus.Proposed or GuideStatus.ChangesAsked ? GuidePermission.Allowed
        : GuidePermission.NotOpen;

    /// <summary>
    /// Who reads one: an approved guide or case is the community's; one waiting, sent back or declined is its proposer's
    /// and the coordinator's only.
    /// </summary>
    public static bool MaySee(Member? actor, Guide guide) =>
        guide.Status == GuideStatus.Approved ||
        (actor is { Roles.Count: > 0 } && (actor.Holds(Role.Coordinator) || actor.AadObjectId == guide.ProposedById));

    /// <summary>Consent to be named is the person's own, in a community where they hold a role.</summary>
    public static GuidePermission MayConsent(Member? actor) => MayPropose(actor);

    /// <summary>The ones that wait for the coordinator's decision.</summary>
    public static IReadOnlyList<Guide> Waiting(IEnumerable<Guide> guides) => [.. guides.Where(g => g.Status == GuideStatus.Proposed)];

    /// <summary>A decision that sends back or declines needs its reason.</summary>
    public static bool NeedsReason(GuideDecision decision) => decision != GuideDecision.Approve;

    /// <summary>Whether a case shows its contact's name: only with the contact's own consent.</summary>
    public static bool NamesContact(Guide guide, IReadOnlySet<string> consenting) =>
        guide.ContactId is { } contact && consenting.Contains(contact);

    /// <summary>An approved guide or case whose words hold every one of <paramref name="search"/>'s (case and accents aside).</summary>
    public static bool Matches(Guide guide, string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return true;
        }

        var haystack = TextFolding.Fold(string.Join(' ', guide.Title, guide.Audience, guide.Municipality, guide.Text, guide.Results));
        return search.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => haystack.Contains(TextFolding.Fold(w), StringComparison.Ordinal));
    }
}
