using CoordinatorBot.Cards.Meetings;
using CoordinatorBot.Domain.Meetings;
using CoordinatorBot.Storage.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>
/// Time polls: the candidate times posted in the channel; each attendee's answers in a row of their own; the meeting
/// booked once on the earliest time every required attendee can make, or on the coordinator's pick.
/// </summary>
public sealed class TimePollService(TimePollStore polls, MeetingService meetings, CommunitySender sender, TimePollCardQueue cards, TimeProvider time)
{
    /// <summary>Stores the poll (once per form) and posts it in the channel; null when this form's poll was sent before.</summary>
    public async Task<TimePoll?> SendAsync(CommunityTurn turn, string formKey, MeetingDraft draft, IReadOnlyList<DateTimeOffset> slots)
    {
        var community = turn.Community;
        var ct = turn.CancellationToken;
        var attendees = await meetings.AttendeesAsync(turn, draft.Invitees);
        var poll = new TimePoll(formKey, draft, [.. slots.Distinct().Order()],
            [.. attendees.Select(a => a.AadObjectId).OfType<string>()], turn.ActorId!, turn.ActorName, time.GetUtcNow());
        if (!await polls.AddAsync(community.Id, poll, ct))
        {
            return null;
        }

        var activityId = await sender.PostAsync(community, Shared(community, turn.Members, poll, []), null, ct);
        return activityId is null ? poll
            : await polls.UpdateAsync(community.Id, poll.Id, p => p with { CardActivityId = activityId, CardConversationId = community.ThreadOf(activityId) }, ct) ?? poll;
    }

    /// <summary>The poll as this person sees it: their answers, the buttons their role allows.</summary>
    public async Task<Reply> ViewAsync(CommunityTurn turn, string id, Notice? notice = null)
    {
        if (await polls.GetAsync(turn.Community.Id, id, turn.CancellationToken) is not { } poll)
        {
            return Reply.WithText(turn.Texts.PollNotFound);
        }

        var responses = await polls.ResponsesAsync(turn.Community.Id, id, turn.CancellationToken);
        return Reply.WithCard(TimePollCard.Compose(turn.Texts, poll, responses, turn.Community.Clock.Zone, ViewerOf(turn, poll, responses), notice));
    }

    /// <summary>
    /// Keeps the person's answers (only an invited attendee's, as Teams names them), then books when they settle a time.
    /// Who is invited never changes once the poll is sent, so that is checked on this instance's reading of the poll of
    /// the last seconds (<see cref="TimePollStore.RecentAsync"/>); whether it is still open is read again with the answers, after
    /// this one is kept.
    /// </summary>
    public async Task<Reply> AnswerAsync(CommunityTurn turn, string id, IReadOnlyList<PollAnswer?> answers)
    {
        var community = turn.Community;
        var ct = turn.CancellationToken;
        if (await polls.RecentAsync(community.Id, id, ct) is not { } poll)
        {
            return Reply.WithText(turn.Texts.PollNotFound);
        }

        if (turn.ActorId is not { } person || !poll.Required.Contains(person))
        {
            return await ViewAsync(turn, id, new Notice(turn.Texts.PollNotInvited, true));
        }

        if (!poll.IsOpen)
        {
            return await ViewAsync(turn, id, new Notice(turn.Texts.PollClosed, true));
        }

        await polls.AnswerAsync(community.Id, id, new PollResponse(person, turn.ActorName, [.. answers.Take(poll.Slots.Count)], time.GetUtcNow()), ct);
        // Read after this answer was kept: answers given at the same moment by others are in the tally and the cards.
        var (current, responses) = await polls.PollAndResponsesAsync(community.Id, id, ct);
        if (current is null)
        {
            return Reply.WithText(turn.Texts.PollNotFound);
        }

        if (!current.Required.Contains(person))
        {
            // No longer invited since the reading the answer was let in on (erased meanwhile): the answer goes again.
            await polls.WithdrawAsync(community.Id, id, person, ct);
            return await ViewAsync(turn, id, new Notice(turn.Texts.PollNotInvited, true));
        }

        var notice = new Notice(current.IsOpen ? turn.Texts.PollAnswerKept : turn.Texts.PollClosed, !current.IsOpen);
        if (current.IsOpen && PollTally.Of(current, responses).Settled is { } slot)
        {
            notice = await BookAsync(turn, current, slot) ?? notice;

            // Read again: booked now, here or by another answer that settled it at the same moment.
            if (await polls.GetAsync(community.Id, id, ct) is not { } booked)
            {
                return Reply.WithText(turn.Texts.PollNotFound);
            }

            current = booked;
        }

        cards.Request((community.Id, id));
        return Reply.WithCard(TimePollCard.Compose(turn.Texts, current, responses, community.Clock.Zone, ViewerOf(turn, current, responses), notice));
    }

    /// <summary>The coordinator books one of the poll's times, whatever the answers say.</summary>
    public async Task<Reply> PickAsync(CommunityTurn turn, string id, int slot)
    {
        if (await polls.GetAsync(turn.Community.Id, id, turn.CancellationToken) is not { } poll || slot < 0 || slot >= poll.Slots.Count)
        {
            return Reply.WithText(turn.Texts.PollNotFound);
        }

        if (!poll.IsOpen)
        {
            return await ViewAsync(turn, id, new Notice(turn.Texts.PollClosed, true));
        }

        var notice = await BookAsync(turn, poll, slot) ?? new Notice(turn.Texts.PollClosed, true);
        cards.Request((turn.Community.Id, id));
        return await ViewAsync(turn, id, notice);
    }

    /// <summary>Marks the poll booked (one writer wins: the ETag), then books the meeting under the form's key, as its planner.</summary>
    private async Task<Notice?> BookAsync(CommunityTurn turn, TimePoll poll, int slot)
    {
        var start = poll.Slots[slot];
        if (await polls.BookAsync(turn.Community.Id, poll.Id, start, turn.CancellationToken) is null)
        {
            return null;
        }

        var draft = poll.Draft with { Date = turn.Community.Clock.Today(start), Start = TimeOnly.FromDateTime(turn.Community.Clock.ToLocal(start).DateTime) };
        var booked = await meetings.BookAsync(turn, poll.Id, draft, start, (poll.PlannerId, poll.PlannerName));
        return new Notice(turn.Texts.PollBooked(MeetingTimes.Range(turn.Texts, start, start + poll.Draft.Duration, turn.Community.Clock.Zone)),
            booked is { Notice.IsProblem: true });
    }

    /// <summary>The card in the channel: everyone's tally, refreshed into each invited person's and the coordinator's own view.</summary>
    public static Cards.Model.AdaptiveCard Shared(Community community, IReadOnlyList<Member> members, TimePoll poll, IReadOnlyList<PollResponse> responses) =>
        TimePollCard.Compose(new Texts(community.LanguageOf()), poll, responses, community.Clock.Zone,
            refreshFor: [.. members.Where(m => poll.Required.Contains(m.AadObjectId) || m.Holds(Role.Coordinator))
                .Select(m => m.TeamsUserId).OfType<string>()]);

    private static TimePollCard.Viewer ViewerOf(CommunityTurn turn, TimePoll poll, IReadOnlyList<PollResponse> responses) =>
        new(responses.FirstOrDefault(r => r.PersonId == turn.ActorId), turn.ActorId is { } id && poll.Required.Contains(id),
            turn.ActorHolds(Role.Coordinator));
}
