namespace CoordinatorBot.Tests.Cards;

/// <summary>
/// Every composer that shows what people typed, fed with text that Teams' Markdown would turn into a list, a heading,
/// emphasis, code or a link, next to ordinary Danish text.
/// </summary>
public static class HostileDataGallery
{
    /// <summary>What people type that looks like Markdown; each must show as typed.</summary>
    public static IReadOnlyList<string> Hostile { get; } =
        ["1. marts", "*vigtigt*", "# 3", "_x_", "__fed__", "~~y~~", "`kode`", "[link](http://x)", @"C:\Temp\*", "Ærø-Kommune, 7,5 t"];

    /// <summary>All the hostile texts as one value; on a line of its own it starts with "1. marts".</summary>
    public static string All { get; } = string.Join(" ", Hostile);

    /// <summary>The last of <see cref="Lines"/>: plain words that no single-line value has, to find where the lines are shown.</summary>
    public const string LastLine = "Sidste linje";

    /// <summary>The same as lines, so that each starts a line, and a last line of plain words.</summary>
    public static string Lines { get; } = string.Join("\n", [.. Hostile, LastLine]);

    public static IEnumerable<(string Name, AdaptiveCard Card)> Cards()
    {
        foreach (var language in Enum.GetValues<Language>())
        {
            var t = new Texts(language);
            foreach (var (name, card) in ForLanguage(t))
            {
                yield return ($"{name}.{language.Code()}", card);
            }
        }
    }

    private static IEnumerable<(string, AdaptiveCard)> ForLanguage(Texts t)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        var now = DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var monday = new DateOnly(2026, 11, 30);
        var community = CardGallery.Community(All) with { Name = All };
        var members = new List<Member>
        {
            new("aad-1", $"Karen {All}", new HashSet<Role> { Role.Coordinator, Role.SteeringGroup }, null, "29:karen"),
            new("aad-2", $"Peter {All}", new HashSet<Role> { Role.SteeringGroup, Role.Municipality }, All, "29:peter"),
            new("aad-3", $"Lis {All}", new HashSet<Role> { Role.Supplier, Role.SteeringGroup }, null, "29:lis", All),
        };
        var roster = members.Select(m => new TeamMember(m.AadObjectId, m.Name)).ToList();

        yield return ("welcome-team", WelcomeCard.ForTeam(t, All, All));
        yield return ("help", HelpCard.Compose(t, All, [new HelpEntry(CommandIds.Help)], members[0], HelpPlace.Community));
        yield return ("unknown-command", UnknownCommandCard.Compose(t, All, []));
        yield return ("unknown-command-suggested", UnknownCommandCard.Compose(t, All, [new SuggestedCommand(CommandIds.Nudge, All, All)]));
        yield return ("setup-saved", SetupCard.Saved(t, community, becameCoordinator: true));
        yield return ("roles", RolesCard.Compose(t, All, members, roster, canEdit: true, new Notice(t.RolesAssigned(All, All), false)));
        yield return ("roles-read-only", RolesCard.Compose(t, All, members, roster, canEdit: false));
        yield return ("member-welcome", MemberWelcomeCard.Compose(t, All, "29:new", All, members));

        var draft = new DecisionDraft(All, DecisionType.Operational, DecidingBody.SteeringGroup, Lines, Lines, Lines, Lines, Lines,
            now.AddDays(7), DecisionRule.Default, null);
        var decision = new Decision { Number = new DecisionNumber(2026, 14), Draft = draft, ProposerId = "aad-1", ProposerName = All, ProposedAt = now };
        var votes = members.Select((m, i) => new Vote(m.AadObjectId, m.Name, (VoteChoice)i, All, now.AddMinutes(i))).ToList();
        var view = new DecisionView(decision, votes, members, zone);
        var closed = decision with
        {
            Status = DecisionStatus.Accepted, ClosedAt = now.AddDays(1), ClosedByName = All, CloseReason = RuleReason.RecordedByHand, OutcomeText = Lines,
        };
        var history = new[] { new AuditEntry(decision.Number, AuditAction.Proposed, All, now, null) };
        yield return ("decision-shared", DecisionCard.Shared(t, view, mention: true));
        yield return ("decision-member", DecisionCard.ForViewer(t, view, new DecisionViewer(votes[0], CanVote: true, CanClose: true)));
        yield return ("decision-closed", DecisionCard.ForViewer(t, view with { Decision = closed }, DecisionViewer.Onlooker, null, history));
        yield return ("decision-list", DecisionList.Compose(t, [decision, closed], 1, All, zone));
        yield return ("reminder", NudgeCard.Reminder(t, decision, zone));

        var tasks = new[] { new CoordinatorTask("t1", null, All, MoscowClass.Must, 7.5m, Recurrence.Once, monday.AddDays(-3), "https://os2.eu/x_y") };
        var waiting = new PlanItem[] { new("B-2026-014", All, MoscowClass.Must, 0.5m, monday, PlanSource.Decision) };
        var plan = WeeklyPlan.Build(monday, 3, tasks, waiting);
        yield return ("plan", PlanCard.Compose(t, plan, tasks, editable: true));
        yield return ("nudge-coordinator", NudgeCard.ForCoordinator(t, All, plan, [new NudgeCard.PendingVote(decision)], [], zone, monday.AddDays(10)));
        yield return ("capacity-note", CapacityNoteCard.Compose(t, plan, members));

        // The first step's name is typed too, so that the status card (which names the next step) shows it.
        var first = ChecklistTemplate.Default.Steps[0];
        var template = ChecklistTemplate.Default.Change(first.Key, All, first.Owner, first.Anchor, first.OffsetDays)
            .Add(All, Role.Supplier, StepAnchor.GoLive, -3);
        var details = new OnboardingDetails("Aarhus", MembershipModel.Os2Member, new Contact(All, "a_b@aarhus.dk", null),
            new Contact(All, null, "aad-2"), All, new DateOnly(2027, 3, 1));
        var onboarding = OnboardingChecklist.Create("aarhus-20261127", template, details, new DateOnly(2026, 11, 27), All, now);
        var coordinator = members[0];
        var done = onboarding.Steps.Aggregate(onboarding, (o, s) =>
            OnboardingChecklist.Tick(o, s.Key, coordinator, now, new FollowUp(false, Lines, All, now)).Result);
        yield return ("checklist", ChecklistCard.Compose(t, onboarding, new DateOnly(2026, 11, 27), zone, new Notice(t.StepTicked(All), false)));
        yield return ("checklist-completed", ChecklistCard.Compose(t, done, new DateOnly(2026, 11, 27), zone));
        yield return ("onboarding-status", OnboardingStatusCard.Compose(t, [onboarding], new DateOnly(2027, 3, 15)));
        yield return ("onboarding-template", TemplateCard.Compose(t, template));
        yield return ("nudge-member", NudgeCard.ForMember(t, All, [new NudgeCard.PendingVote(decision)],
            [new NudgeCard.DueStep(All, onboarding.Steps[^1])], zone));

        foreach (var (name, card) in BacklogGallery.Hostile(t))
        {
            yield return (name, card);
        }

        foreach (var (name, card) in StatusGallery.Hostile(t, All))
        {
            yield return (name, card);
        }
        var meeting = MeetingGallery.Sample() with
        {
            Title = All, Agenda = [.. Hostile], Place = All, Attendees = [.. members.Select(m => new MeetingAttendee(m.Name, null, m.AadObjectId))],
            Minutes = new MeetingMinutes([.. Hostile.Select(h => new MinutesItem(h, Lines, []))], All, now),
        };
        yield return ("meeting-agenda", AgendaCard.Compose(t, meeting, zone));
        yield return ("minutes-form", MinutesForm.Compose(t, meeting, zone));
        yield return ("minutes-form-problems", MinutesForm.Compose(t, meeting, zone, null, [t.MinutesDecisionUnreadable(1, All)]));
        yield return ("meeting-card-minutes-approved", MeetingCard.Compose(t, meeting with { Status = MeetingStatus.MinutesApproved }, zone, now));
        yield return ("meeting-reminder-agenda", MeetingReminderCard.AgendaDue(t, meeting, zone));
        yield return ("poll", TimePollCard.Compose(t, new TimePoll(meeting.Id, new MeetingDraft(meeting.Kind, All, null, null, meeting.Duration,
            meeting.Invitees, meeting.Agenda, All), [meeting.Start, meeting.End], ["aad-1"], "aad-1", All, now), [new PollResponse("aad-1", All, [PollAnswer.Yes], now)],
            zone, new TimePollCard.Viewer(null, true, true)));
        yield return ("yearly-wheel", YearlyWheelCard.Compose(t, 2026, [meeting], [new YearlyWheelCard.YearlyTask(new DateOnly(2026, 12, 1), All)], zone));

        // A product and a version as typed in setup and on GitHub, in the secretariat's portfolio and a release.
        yield return ("portfolio", CoordinatorBot.Cards.Portfolio.PortfolioCard.Compose(t,
            [new CoordinatorBot.Domain.Portfolio.PortfolioRow(All, StatusMark.AtRisk, "S-2026-01", 3, 1, 0, 0, 0, null, All)]));
        var release = new CoordinatorBot.Domain.Releases.Release
        {
            Version = "3.2.0", Date = new DateOnly(2026, 11, 27), Summary = All, Notes = Lines, Decisions = ["B-2026-014"], RecordedAt = now,
        };
        yield return ("release", CoordinatorBot.Cards.Releases.ReleaseCard.Compose(t, release, [], [("B-2026-014", All)]));
    }
}
