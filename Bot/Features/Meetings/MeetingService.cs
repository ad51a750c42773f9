using CoordinatorBot.Cards.Meetings;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Meetings;
using CoordinatorBot.Storage.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>
/// Plans, books, moves and cancels meetings: stored first (so nothing is lost when Graph fails or is not set up), then
/// booked in the organizer's calendar, and the card in the channel kept current. A move or a cancellation is also told
/// to every attendee on the team in their chat, whether Graph booked the meeting or not.
/// </summary>
public sealed partial class MeetingService(MeetingStore store, MeetingGraph graph, MeetingSeries series, CommunitySender sender, TeamRoster roster,
    CommunityMembers members, ProactiveTargets targets, TimeProvider time, ILogger<MeetingService> logger)
{
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>
    /// Everyone invited, each once: the bodies' current members and the people picked (with the roster's address),
    /// then the external addresses. Someone picked who has left the team is left out.
    /// </summary>
    public async Task<IReadOnlyList<MeetingAttendee>> AttendeesAsync(CommunityTurn turn, MeetingInvitees invitees)
    {
        var people = await roster.GetAsync(turn.Community, turn.CancellationToken);
        var list = new List<MeetingAttendee>();
        void AddMember(string id, string name)
        {
            if (list.All(a => a.AadObjectId != id))
            {
                var person = people.FirstOrDefault(p => p.AadObjectId == id);
                list.Add(new MeetingAttendee(person?.Name ?? name, person?.Email, id));
            }
        }

        foreach (var member in invitees.Bodies.SelectMany(b => b.MembersOf(turn.Members)))
        {
            AddMember(member.AadObjectId, member.Name);
        }

        foreach (var id in invitees.MemberIds)
        {
            if (people.FirstOrDefault(p => p.AadObjectId == id) is { } person)
            {
                AddMember(id, person.Name);
            }
        }

        foreach (var email in invitees.ExternalEmails)
        {
            if (list.All(a => !string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase)))
            {
                list.Add(new MeetingAttendee(email, email));
            }
        }

        return list;
    }

    /// <summary>
    /// The three best times in the next ten office days, from the attendees' calendars; a notice when none can be read.
    /// Without Graph, three times from the form's date and start, to send as a poll: the attendees answer for themselves.
    /// </summary>
    public async Task<(MeetingForm.Suggestions? Suggestions, Notice? Problem)> SuggestAsync(CommunityTurn turn, MeetingDraft draft)
    {
        var community = turn.Community;
        var attendees = await AttendeesAsync(turn, draft.Invitees);
        if (graph.OrganizerOf(community) is not { } organizer)
        {
            var candidates = PollCandidates.From(draft.Date, draft.Start, draft.Duration, community.WorkingHours, attendees, community.Clock, Now);
            return (new MeetingForm.Suggestions(candidates, attendees.Count, [], CalendarsRead: false), null);
        }

        var search = new SlotSearch(SlotSearch.NextOfficeDays(community.Clock.Today(Now)), community.WorkingHours, draft.Duration, community.Clock, Now);
        try
        {
            var availability = await graph.AvailabilityAsync(organizer, attendees, search, turn.CancellationToken);
            var slots = SlotFinder.Find(search, availability);
            return (new MeetingForm.Suggestions(slots, attendees.Count, [.. availability.Where(a => a.IsUnknown).Select(a => a.Attendee.Name)]), null);
        }
        catch (GraphCallException e)
        {
            return (null, new Notice(GraphFailureText.Of(turn.Texts, e.Failure), true));
        }
    }

    /// <summary>
    /// Stores the meeting under the form's key, books it through Graph when Graph is set up (the key is the booking's
    /// transactionId, so a retry makes no second event) and posts its card in the channel. Null when this form's
    /// meeting was planned before.
    /// </summary>
    /// <param name="planner">Who planned it, when another person's turn books it (the answer that settles a time poll).</param>
    public async Task<(Meeting Meeting, Notice Notice)?> BookAsync(CommunityTurn turn, string formKey, MeetingDraft draft, DateTimeOffset start,
        (string Id, string Name)? planner = null)
    {
        var community = turn.Community;
        var ct = turn.CancellationToken;
        var organizer = graph.OrganizerOf(community);
        var recurrence = draft.RepeatMonths > 0 && draft.Date is { } first ? MeetingRecurrence.Of(first, draft.RepeatMonths) : null;
        var meeting = new Meeting
        {
            Id = formKey,
            Kind = draft.Kind,
            Title = draft.Title.Trim(),
            Start = start,
            End = start + draft.Duration,
            Invitees = draft.Invitees,
            Attendees = await AttendeesAsync(turn, draft.Invitees),
            Agenda = draft.Agenda,
            Place = draft.Place,
            TransactionId = formKey,
            CreatedById = planner?.Id ?? turn.ActorId ?? string.Empty,
            CreatedByName = planner?.Name ?? turn.ActorName,
            CreatedByEmail = (await roster.FindAsync(community, planner?.Id ?? turn.ActorId, ct))?.Email,
            CreatedAt = Now,
            SeriesId = recurrence is null ? null : formKey,
            Recurrence = recurrence,
            OriginalStart = recurrence is null ? null : start,
        };
        if (!await store.AddAsync(community.Id, meeting, ct))
        {
            return null;
        }

        var channelTexts = new Texts(community.LanguageOf());
        Notice notice;
        if (organizer is null)
        {
            notice = new Notice(turn.Texts.MeetingSavedWithoutGraph, false);
        }
        else
        {
            try
            {
                var (eventId, joinUrl, calendarUid) = await graph.CreateAsync(organizer, meeting, community.Clock, MeetingInvitation.Html(channelTexts, meeting), ct);
                var instances = recurrence is null ? [] : await series.InstancesAsync(organizer, meeting, eventId, community.Clock, ct);
                var own = instances.FirstOrDefault(i => i.Start == meeting.Start).EventId ?? eventId;
                meeting = await store.UpdateAsync(community.Id, meeting.Id,
                    m => m with
                    {
                        Organizer = organizer, GraphEventId = own, SeriesEventId = recurrence is null ? null : eventId, JoinUrl = joinUrl, CalendarUid = calendarUid,
                    }, ct) ?? meeting;
                await series.AddOccurrencesAsync(community, meeting, instances, ct);
                notice = new Notice(turn.Texts.MeetingBooked, false);
            }
            catch (GraphCallException e)
            {
                LogBookingFailed(logger, e.Failure);
                notice = new Notice(turn.Texts.MeetingSavedGraphFailed(GraphFailureText.Of(turn.Texts, e.Failure)), true);
            }
        }

        if (recurrence is not null && !meeting.IsBooked)
        {
            await series.AddOccurrencesAsync(community, meeting, [], ct);
        }

        var activityId = await sender.PostAsync(community, SharedCard(community, turn.Members, meeting), null, ct);
        if (activityId is not null)
        {
            meeting = await store.UpdateAsync(community.Id, meeting.Id,
                m => m with { CardActivityId = activityId, CardConversationId = community.ThreadOf(activityId) }, ct) ?? meeting;
        }

        return (meeting, notice);
    }

    /// <summary>Moves the meeting to a new start (the calendar first: when Graph refuses, nothing changes).</summary>
    public async Task<(Meeting? Meeting, Notice Notice)> MoveAsync(CommunityTurn turn, string id, DateTimeOffset start)
    {
        var community = turn.Community;
        if (await store.GetAsync(community.Id, id, turn.CancellationToken) is not { } meeting)
        {
            return (null, new Notice(turn.Texts.MeetingNotFound, true));
        }

        if (MeetingAuthority.MayChange(turn.Actor, meeting, Now) is var permission and not MeetingPermission.Allowed)
        {
            return (meeting, Refusal(turn, permission));
        }

        if (start <= Now)
        {
            return (meeting, new Notice(turn.Texts.MeetingDateInPast, true));
        }

        if (meeting is { Organizer: { } organizer, GraphEventId: { } eventId })
        {
            try
            {
                await graph.MoveAsync(organizer, eventId, meeting.MovedTo(start), community.Clock, turn.CancellationToken);
            }
            catch (GraphCallException e)
            {
                return (meeting, new Notice(turn.Texts.MeetingCalendarUnchanged(GraphFailureText.Of(turn.Texts, e.Failure)), true));
            }
        }

        var before = meeting.Start;
        var saved = await store.UpdateAsync(community.Id, id, m => m.MovedTo(start), turn.CancellationToken) ?? meeting;
        await UpdatePostedCardsAsync(community, turn.Members, saved, turn.CancellationToken);
        var told = await TellAttendeesAsync(turn, saved, "meeting-moved", texts => MeetingChangeCard.Moved(texts, saved, before, community.Clock.Zone));
        var moved = turn.Texts.MeetingMoved(MeetingTimes.Range(turn.Texts, saved.Start, saved.End, community.Clock.Zone));
        return (saved, new Notice(Told(turn.Texts, saved, moved, told), false));
    }

    /// <summary>Cancels the meeting with a message to the attendees (through the calendar when it was booked there).</summary>
    public async Task<(Meeting? Meeting, Notice Notice)> CancelAsync(CommunityTurn turn, string id, string? comment)
    {
        var community = turn.Community;
        if (await store.GetAsync(community.Id, id, turn.CancellationToken) is not { } meeting)
        {
            return (null, new Notice(turn.Texts.MeetingNotFound, true));
        }

        if (MeetingAuthority.MayChange(turn.Actor, meeting, Now) is var permission and not MeetingPermission.Allowed)
        {
            return (meeting, Refusal(turn, permission));
        }

        if (meeting is { Organizer: { } organizer, GraphEventId: { } eventId })
        {
            try
            {
                await graph.CancelAsync(organizer, eventId, comment, turn.CancellationToken);
            }
            catch (GraphCallException e)
            {
                return (meeting, new Notice(turn.Texts.MeetingCalendarUnchanged(GraphFailureText.Of(turn.Texts, e.Failure)), true));
            }
        }

        Meeting? cancelled = null;
        var saved = await store.UpdateAsync(community.Id, id, m => cancelled = m.IsCancelled ? null : m.Cancelled(comment), turn.CancellationToken) ?? meeting;
        await UpdatePostedCardsAsync(community, turn.Members, saved, turn.CancellationToken);
        var told = cancelled is null ? new AttendeesTold(0, [])
            : await TellAttendeesAsync(turn, saved, "meeting-cancelled", texts => MeetingChangeCard.Cancelled(texts, saved, community.Clock.Zone));
        return (saved, new Notice(Told(turn.Texts, saved, meeting.IsBooked ? turn.Texts.MeetingCancelledDone : turn.Texts.MeetingCancelledLocally, told), false));
    }

    /// <summary>How many attendees on the team were told in Teams, and who was not (to be told by the coordinator).</summary>
    private sealed record AttendeesTold(int Count, IReadOnlyList<string> NotReached);

    /// <summary>
    /// Queues the change for every attendee on the team but the one making it, in their own language, once per change
    /// (the key carries the meeting's sequence); the outbox posts it in the channel for whom a 1:1 chat cannot be opened.
    /// </summary>
    private async Task<AttendeesTold> TellAttendeesAsync(CommunityTurn turn, Meeting meeting, string change, Func<Texts, Cards.Model.AdaptiveCard> card)
    {
        var community = turn.Community;
        var ct = turn.CancellationToken;
        var people = await roster.GetAsync(community, ct);
        var count = 0;
        var notReached = new List<string>();
        foreach (var attendee in meeting.Attendees.Where(a => a.AadObjectId != turn.ActorId))
        {
            var onTeam = attendee.AadObjectId is { } id ? people.FirstOrDefault(p => p.AadObjectId == id) : null;
            var person = onTeam is null ? null
                : turn.Members.FirstOrDefault(m => m.AadObjectId == onTeam.AadObjectId) is { } member
                    ? member with { TeamsUserId = member.TeamsUserId ?? onTeam.TeamsUserId }
                    : new Member(onTeam.AadObjectId, onTeam.Name, new HashSet<Role>(), null, onTeam.TeamsUserId);
            if (person is not null && await sender.EnqueueAsync($"{change}|{community.Id}|{meeting.Id}|{meeting.Sequence}|{person.AadObjectId}", community, person,
                    card(new Texts(await targets.LanguageAsync(community, person, ct))), ct))
            {
                count++;
            }
            else
            {
                notReached.Add(attendee.AadObjectId is null && attendee.Email is { } email ? email : attendee.Name);
            }
        }

        return new AttendeesTold(count, notReached);
    }

    /// <summary>
    /// What the coordinator reads after a move or cancellation: what happened, that the calendar told everyone (when
    /// Graph booked it), how many on the team are told in Teams, and whom to tell themselves (when nothing else does).
    /// </summary>
    private static string Told(Texts texts, Meeting meeting, string done, AttendeesTold told)
    {
        var lines = new List<string> { done };
        if (meeting.IsBooked && !meeting.IsCancelled)
        {
            lines.Add(texts.MeetingCalendarUpdated);
        }

        if (told.Count > 0)
        {
            lines.Add(texts.MeetingChangeTold(texts.Count(told.Count, Unit.Person)));
        }

        if (!meeting.IsBooked && told.NotReached.Count > 0)
        {
            lines.Add(texts.MeetingChangeTellOthers(texts.JoinList(told.NotReached)));
        }

        return string.Join(' ', lines);
    }

    /// <summary>Reads the attendees' answers from the event and shows them as counts, on the channel's card too.</summary>
    public async Task<(Meeting? Meeting, Notice Notice)> RefreshResponsesAsync(CommunityTurn turn, string id)
    {
        var community = turn.Community;
        if (await store.GetAsync(community.Id, id, turn.CancellationToken) is not { } meeting)
        {
            return (null, new Notice(turn.Texts.MeetingNotFound, true));
        }

        if (meeting is not { Organizer: { } organizer, GraphEventId: { } eventId })
        {
            return (meeting, new Notice(turn.Texts.MeetingNotBooked, true));
        }

        try
        {
            var responses = await graph.ResponsesAsync(organizer, eventId, Now, turn.CancellationToken);
            var saved = await store.UpdateAsync(community.Id, id, m => m with { Responses = responses }, turn.CancellationToken) ?? meeting;
            await UpdateSharedCardAsync(community, saved, turn.CancellationToken);
            return (saved, new Notice(turn.Texts.MeetingResponsesRead, false));
        }
        catch (GraphCallException e)
        {
            return (meeting, new Notice(GraphFailureText.Of(turn.Texts, e.Failure), true));
        }
    }

    public Task<Meeting?> GetAsync(Community community, string id, CancellationToken cancellationToken) =>
        store.GetAsync(community.Id, id, cancellationToken);

    /// <summary>Upcoming meetings, soonest first, and those of the last 60 days, latest first.</summary>
    public async Task<(IReadOnlyList<Meeting> Upcoming, IReadOnlyList<Meeting> Recent)> ListAsync(Community community, CancellationToken cancellationToken)
    {
        var all = await store.ListAsync(community.Id, cancellationToken);
        var now = Now;
        return ([.. all.Where(m => m.End > now).OrderBy(m => m.Start)],
            [.. all.Where(m => m.End <= now && m.End > now.AddDays(-60)).OrderByDescending(m => m.Start)]);
    }

    private static Notice Refusal(CommunityTurn turn, MeetingPermission permission) => permission switch
    {
        MeetingPermission.Cancelled => new Notice(turn.Texts.MeetingIsCancelled, true),
        MeetingPermission.Past => new Notice(turn.Texts.MeetingIsPast, true),
        _ => new Notice(turn.Texts.RefusalRole(turn.Texts.RoleName(Role.Coordinator)), true),
    };

    /// <summary>The card in the channel, replaced for everyone (in the community's language).</summary>
    public async Task UpdateSharedCardAsync(Community community, Meeting meeting, CancellationToken cancellationToken)
    {
        if (meeting is { CardActivityId: { } activityId, CardConversationId: { } thread })
        {
            var people = await members.ListAsync(community.Id, cancellationToken);
            await sender.UpdateAsync(community, thread, activityId, SharedCard(community, people, meeting), cancellationToken);
        }
    }

    /// <summary>The meeting's cards in the channel after a move or cancellation: its card, and the agenda in its thread.</summary>
    private async Task UpdatePostedCardsAsync(Community community, IReadOnlyList<Member> people, Meeting meeting, CancellationToken cancellationToken)
    {
        if (meeting is { CardActivityId: { } activityId, CardConversationId: { } thread })
        {
            await sender.UpdateAsync(community, thread, activityId, SharedCard(community, people, meeting), cancellationToken);
            if (meeting.AgendaActivityId is { } agenda)
            {
                await sender.UpdateAsync(community, thread, agenda, AgendaCard.Compose(new Texts(community.LanguageOf()), meeting, community.Clock.Zone),
                    cancellationToken);
            }
        }
    }

    /// <summary>
    /// The meeting's card as one person sees it now (the invoke answer): their language, the step it is ready for, and
    /// the coordinators' refresh kept, so that their view stays current.
    /// </summary>
    /// <param name="cases">The approved user cases presented at it (a user-club meeting or webinar), as lines.</param>
    public Cards.Model.AdaptiveCard Card(CommunityTurn turn, Meeting meeting, Notice? notice = null, IReadOnlyList<string>? cases = null) =>
        MeetingCard.Compose(turn.Texts, meeting, turn.Community.Clock.Zone, Now, notice, Coordinators(turn.Members), cases);

    /// <summary>
    /// The channel's card: in the community's language, composed now; the coordinators' clients fetch their own view
    /// when they look at it, so that "Skriv referat" appears once the meeting has begun.
    /// </summary>
    private Cards.Model.AdaptiveCard SharedCard(Community community, IReadOnlyList<Member> people, Meeting meeting) =>
        MeetingCard.Compose(new Texts(community.LanguageOf()), meeting, community.Clock.Zone, Now, refreshFor: Coordinators(people));

    private static IReadOnlyList<string> Coordinators(IReadOnlyList<Member> people) =>
        [.. people.Where(m => m.Holds(Role.Coordinator)).Select(m => m.TeamsUserId).OfType<string>()];

    [LoggerMessage(Level = LogLevel.Warning, Message = "A meeting was stored but not booked through Graph ({Failure})")]
    private static partial void LogBookingFailed(ILogger logger, GraphFailure failure);
}
