using CoordinatorBot.Cards.Meetings;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Meetings;
using CoordinatorBot.Domain.Priorities;
using CoordinatorBot.Storage.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>
/// The meeting's way after booking: the agenda sent out, the minutes written and put to the body as a decision of
/// type referat, and the approved minutes marked published.
/// </summary>
public sealed class MinutesService(MeetingStore store, MeetingService meetings, IDecisionProposals decisions, IDecisionReadings decisionReadings,
    CommunitySender sender, ProactiveTargets targets, TimeProvider time)
{
    /// <summary>
    /// Marks the agenda sent, posts it in the meeting card's thread and queues it for every attendee on the team, in
    /// their own language (once per person: the outbox key).
    /// </summary>
    public async Task<(Meeting? Meeting, Notice Notice)> SendAgendaAsync(CommunityTurn turn, string id)
    {
        var community = turn.Community;
        var ct = turn.CancellationToken;
        var now = time.GetUtcNow();
        if (await store.GetAsync(community.Id, id, ct) is not { } meeting)
        {
            return (null, new Notice(turn.Texts.MeetingNotFound, true));
        }

        if (Refusal(turn, meeting, now) is { } refused)
        {
            return (meeting, refused);
        }

        Meeting? sent = null;
        var saved = await store.UpdateAsync(community.Id, id, m => sent = MeetingLifecycle.SendAgenda(m, now), ct) ?? meeting;
        if (sent is null)
        {
            return (saved, new Notice(turn.Texts.AgendaAlreadySent, true));
        }

        var channelTexts = new Texts(community.LanguageOf());
        // Kept, so that the agenda in the thread follows the meeting when it moves or is cancelled.
        if (await sender.PostAsync(community, AgendaCard.Compose(channelTexts, saved, community.Clock.Zone), null, ct, saved.CardConversationId) is { } agendaId)
        {
            saved = await store.UpdateAsync(community.Id, id, m => m with { AgendaActivityId = agendaId }, ct) ?? saved;
        }

        var queued = 0;
        foreach (var person in turn.Members.Where(p => saved.Attendees.Any(a => a.AadObjectId == p.AadObjectId)))
        {
            var reach = await targets.ReachAsync(community, person, ct);
            var texts = new Texts(reach.Language);
            if (await sender.EnqueueAsync($"agenda|{community.Id}|{saved.Id}|{person.AadObjectId}", community, person,
                    AgendaCard.Compose(texts, saved, community.Clock.Zone), reach.Target, ct))
            {
                queued++;
            }
        }

        await meetings.UpdateSharedCardAsync(community, saved, ct);
        return (saved, new Notice(turn.Texts.AgendaSent(queued), false));
    }

    /// <summary>The latest meeting whose minutes may be written now (begun, not cancelled, none before the body).</summary>
    public async Task<Meeting?> AwaitingMinutesAsync(Community community, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return (await store.ListAsync(community.Id, cancellationToken))
            .Where(m => MeetingLifecycle.MayWriteMinutes(m, now)).MaxBy(m => m.Start);
    }

    /// <summary>The minutes form for a meeting, or why it cannot be written now.</summary>
    public async Task<(Meeting? Meeting, Notice? Problem)> FormAsync(CommunityTurn turn, string id)
    {
        if (await store.GetAsync(turn.Community.Id, id, turn.CancellationToken) is not { } meeting)
        {
            return (null, new Notice(turn.Texts.MeetingNotFound, true));
        }

        return (meeting, MinutesRefusal(turn, meeting));
    }

    /// <summary>
    /// Checks the B-numbers, stores the minutes as a draft and proposes them to the body that approves them. The
    /// problems (unknown decisions, too long) come back in words and nothing is stored.
    /// </summary>
    public async Task<(Meeting? Meeting, Notice? Notice, IReadOnlyList<string> Problems)> SubmitAsync(CommunityTurn turn, string id,
        IReadOnlyList<(string Text, string? DecisionsTyped)> entered)
    {
        var community = turn.Community;
        var ct = turn.CancellationToken;
        var texts = turn.Texts;
        var now = time.GetUtcNow();
        if (await store.GetAsync(community.Id, id, ct) is not { } meeting)
        {
            return (null, new Notice(texts.MeetingNotFound, true), []);
        }

        if (MinutesRefusal(turn, meeting) is { } refused)
        {
            return (meeting, refused, []);
        }

        var headings = MinutesForm.Headings(new Texts(community.LanguageOf()), meeting);
        var problems = new List<string>();
        var items = new List<MinutesItem>();
        for (var i = 0; i < headings.Count; i++)
        {
            var (text, typed) = i < entered.Count ? entered[i] : (string.Empty, null);
            var numbers = new List<DecisionNumber>();
            foreach (var word in (typed ?? string.Empty).Split([',', ';', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (DecisionNumber.TryParse(word) is not { } number)
                {
                    problems.Add(texts.MinutesDecisionUnreadable(i + 1, word));
                }
                else if (await decisionReadings.GetAsync(community.Id, number, ct) is not { Draft.Type: not DecisionType.Minutes })
                {
                    problems.Add(texts.MinutesDecisionUnknown(i + 1, number));
                }
                else if (!numbers.Contains(number))
                {
                    numbers.Add(number);
                }
            }

            items.Add(new MinutesItem(headings[i], text.Trim(), numbers));
        }

        var minutes = new MeetingMinutes(items, turn.ActorName, now);
        var channelTexts = new Texts(community.LanguageOf());
        var asText = minutes.AsText(n => channelTexts.MinutesDecisionsLine(string.Join(", ", n)));
        if (items.All(i => i.Text.Length == 0 && i.Decisions.Count == 0))
        {
            problems.Add(texts.MinutesEmpty);
        }
        else if (TextLimits.Exceeds(asText, MeetingLimits.Minutes))
        {
            problems.Add(texts.MinutesTooLong(MeetingLimits.Minutes));
        }

        if (problems.Count > 0)
        {
            return (meeting, null, problems);
        }

        Meeting? drafted = null;
        meeting = await store.UpdateAsync(community.Id, id, m => drafted = MeetingLifecycle.DraftMinutes(m, minutes, now), ct) ?? meeting;
        if (drafted is null)
        {
            return (meeting, new Notice(texts.MinutesAwaitingBody, true), []);
        }

        var body = MeetingLifecycle.ApprovingBody(meeting);
        var draft = new DecisionDraft(
            Clip(channelTexts.MinutesDecisionTitle(channelTexts.MeetingName(meeting.Kind, meeting.Title),
                channelTexts.Date(meeting.Start, community.Clock.Zone)), TextLimits.DecisionTitle),
            DecisionType.Minutes, body, asText, channelTexts.MinutesDecisionProposal, null, null, null,
            community.Clock.ToInstant(OfficeDays.OnOrAfter(community.Clock.Today(now).AddDays(7)), new TimeOnly(12, 0)),
            community.RuleOf(body));
        var proposed = await decisions.ProposeAsync(community, turn.Members, turn.ActorId!, turn.ActorName, draft, ct);
        meeting = await store.UpdateAsync(community.Id, id, m => MeetingLifecycle.MinutesProposed(m, proposed), ct) ?? meeting;
        if (await decisionReadings.GetAsync(community.Id, proposed, ct) is { IsOpen: false } decided)
        {
            // Decided at once (the first response, or the proposer records it): the listener ran before the number was kept.
            meeting = await store.UpdateAsync(community.Id, id,
                m => MeetingLifecycle.MinutesDecided(m, proposed, decided.Status == DecisionStatus.Accepted), ct) ?? meeting;
        }

        await meetings.UpdateSharedCardAsync(community, meeting, ct);
        return (meeting, new Notice(texts.MinutesProposed(proposed, texts.MinutesBodyName(body)), false), []);
    }

    /// <summary>Marks approved minutes published.</summary>
    public async Task<(Meeting? Meeting, Notice Notice)> PublishAsync(CommunityTurn turn, string id)
    {
        var community = turn.Community;
        if (await store.GetAsync(community.Id, id, turn.CancellationToken) is not { } meeting)
        {
            return (null, new Notice(turn.Texts.MeetingNotFound, true));
        }

        if (MeetingAuthority.MayPlan(turn.Actor) != MeetingPermission.Allowed)
        {
            return (meeting, new Notice(turn.Texts.RefusalRole(turn.Texts.RoleName(Role.Coordinator)), true));
        }

        Meeting? published = null;
        meeting = await store.UpdateAsync(community.Id, id, m => published = MeetingLifecycle.Publish(m), turn.CancellationToken) ?? meeting;
        if (published is null)
        {
            return (meeting, new Notice(meeting.Status == MeetingStatus.Published ? turn.Texts.MinutesAlreadyPublished : turn.Texts.MinutesNotApproved, true));
        }

        await meetings.UpdateSharedCardAsync(community, meeting, turn.CancellationToken);
        return (meeting, new Notice(turn.Texts.MinutesPublished, false));
    }

    private static Notice? Refusal(CommunityTurn turn, Meeting meeting, DateTimeOffset now) =>
        MeetingAuthority.MayChange(turn.Actor, meeting, now) switch
        {
            MeetingPermission.Allowed => null,
            MeetingPermission.Cancelled => new Notice(turn.Texts.MeetingIsCancelled, true),
            MeetingPermission.Past => new Notice(turn.Texts.MeetingIsPast, true),
            _ => new Notice(turn.Texts.RefusalRole(turn.Texts.RoleName(Role.Coordinator)), true),
        };

    private Notice? MinutesRefusal(CommunityTurn turn, Meeting meeting) =>
        MeetingAuthority.MayPlan(turn.Actor) != MeetingPermission.Allowed ? new Notice(turn.Texts.RefusalRole(turn.Texts.RoleName(Role.Coordinator)), true)
        : meeting.IsCancelled ? new Notice(turn.Texts.MeetingIsCancelled, true)
        : MeetingLifecycle.MayWriteMinutes(meeting, time.GetUtcNow()) ? null
        : meeting.Start > time.GetUtcNow() ? new Notice(turn.Texts.MinutesBeforeMeeting, true)
        : meeting.MinutesDecision is { } open && meeting.Status == MeetingStatus.MinutesDraft ? new Notice(turn.Texts.MinutesAwaitingBodyNumber(open), true)
        : meeting.Status == MeetingStatus.MinutesDraft ? new Notice(turn.Texts.MinutesAwaitingBody, true)
        : new Notice(turn.Texts.MinutesAlreadyApproved, true);

    /// <summary>A long meeting title still makes a decision title within its limit: cut, with an ellipsis.</summary>
    private static string Clip(string text, int limit)
    {
        while (TextLimits.Exceeds(text, limit))
        {
            text = $"{text[..^2]}…";
        }

        return text;
    }
}
