using CoordinatorBot.Cards.Guides;
using CoordinatorBot.Domain.Guides;
using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Bot.Features.Guides;

/// <summary>The answers several of the feature's handlers give: the form, the list, one guide or case as the presser may see it.</summary>
public sealed class GuideReplies(GuideService guides, IMeetingReadings meetings)
{
    private const int SearchLength = 100;

    // The newest few: a case is written soon after it was presented, and the form must stay under Teams' size limit.
    private const int MeetingsOffered = 10;

    /// <summary>The user-club meetings and webinars (not cancelled) a case may have been presented at, newest first.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> MeetingsAsync(Community community, Texts texts, CancellationToken cancellationToken) =>
        [.. (await meetings.ListAsync(community.Id, cancellationToken))
            .Where(m => m.Kind is MeetingKind.UserClub or MeetingKind.Webinar && !m.IsCancelled).OrderByDescending(m => m.Start).Take(MeetingsOffered)
            .Select(m => (m.Id, MeetingName(texts, community, m)))];

    /// <summary>The members who may be named as a case's contact: the municipalities' people, whose cases they are.</summary>
    public static IReadOnlyList<(string Id, string Name)> Contacts(CommunityTurn turn) =>
        [.. turn.Members.Where(m => m.Holds(Role.Municipality)).OrderBy(m => m.Name, StringComparer.Create(turn.Texts.Culture, true)).Select(m => (m.AadObjectId, m.Name))];

    public async Task<Reply> FormAsync(CommunityTurn turn, GuideKind kind, int? revising, Func<string, string?>? entered = null, string? problem = null) =>
        Reply.WithCard(GuideForm.Compose(turn.Texts, kind, revising, kind == GuideKind.Case ? Contacts(turn) : [],
            kind == GuideKind.Case ? await MeetingsAsync(turn.Community, turn.Texts, turn.CancellationToken) : [], entered, problem));

    /// <summary>
    /// The approved ones of <paramref name="kind"/> matching the words after the command (if any, at most
    /// <see cref="SearchLength"/> characters), and the proposals the actor may see.
    /// </summary>
    public async Task<Reply> ListAsync(CommunityTurn turn, GuideKind kind, string arguments)
    {
        var search = string.IsNullOrWhiteSpace(arguments) ? null : TextLimits.Clip(arguments.Trim(), SearchLength);
        var (all, _) = await guides.LoadAsync(turn.Community.Id, turn.CancellationToken);
        var of = all.Where(g => g.Kind == kind).ToList();
        var approved = of.Where(g => g.Status == GuideStatus.Approved && GuideAuthority.Matches(g, search)).ToList();
        var proposals = of.Where(g => g.Status is GuideStatus.Proposed or GuideStatus.ChangesAsked && GuideAuthority.MaySee(turn.Actor, g)).ToList();
        return Reply.WithCard(GuideList.Compose(turn.Texts, kind, search, approved, proposals, null));
    }

    /// <summary>One guide or case as the presser may see it, with what they may do with it.</summary>
    public async Task<Reply> CardAsync(CommunityTurn turn, Guide guide, Notice? notice = null)
    {
        var (_, consenting) = await guides.LoadAsync(turn.Community.Id, turn.CancellationToken);
        string? meeting = null;
        if (guide.MeetingId is { } meetingId &&
            (await meetings.ListAsync(turn.Community.Id, turn.CancellationToken)).FirstOrDefault(m => m.Id == meetingId) is { } found)
        {
            meeting = MeetingName(turn.Texts, turn.Community, found);
        }

        return Reply.WithCard(GuideCard.Compose(turn.Texts, guide, new GuideView(turn.Community.Clock.Zone,
            GuideAuthority.NamesContact(guide, consenting), GuideAuthority.MayDecide(turn.Actor, guide) == GuidePermission.Allowed,
            GuideAuthority.MayRevise(turn.Actor, guide) == GuidePermission.Allowed, meeting, notice)));
    }

    /// <summary>The guide or case a card names, in this community; null when there is none.</summary>
    public async Task<Guide?> NamedAsync(CommunityTurn turn, CardInput input) =>
        int.TryParse(input.Text(CardVerbs.GuideKey), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? await guides.GetAsync(turn.Community.Id, number, turn.CancellationToken)
            : null;

    public static string MeetingName(Texts texts, Community community, Meeting meeting) =>
        $"{meeting.Title} ({texts.Date(meeting.Start, community.Clock.Zone)})";
}
