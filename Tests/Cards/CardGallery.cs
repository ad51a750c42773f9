namespace CoordinatorBot.Tests.Cards;

/// <summary>Every card the bot can send, in every state worth checking, in both languages.</summary>
public static class CardGallery
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        foreach (var language in Enum.GetValues<Language>())
        {
            var t = new Texts(language);
            var code = language.Code();
            foreach (var (name, card) in ForLanguage(t))
            {
                yield return ($"{name}.{code}", card);
            }
        }
    }

    private static IEnumerable<(string, AdaptiveCard)> ForLanguage(Texts t)
    {
        var community = Community("OS2mo");
        var coordinator = new Member("aad-1", "Karen Jensen", new HashSet<Role> { Role.Coordinator }, null);
        var members = new List<Member>
        {
            coordinator,
            new("aad-2", "Peter Holm", new HashSet<Role> { Role.SteeringGroup, Role.Municipality }, "Aarhus Kommune"),
            new("aad-3", "Lis Berg", new HashSet<Role> { Role.Supplier }, null),
        };
        var roster = members.Select(m => new TeamMember(m.AadObjectId, m.Name)).ToList();
        var allCommands = new[] { CommandIds.Help, CommandIds.Setup, CommandIds.Roles }.Select(id => new HelpEntry(id)).ToList();

        yield return ("model-every-type", EveryType(t));
        yield return ("welcome-team", WelcomeCard.ForTeam(t, null, "CoordinatorBot"));
        yield return ("welcome-team-named", WelcomeCard.ForTeam(t, "OS2mo", "CoordinatorBot"));
        yield return ("welcome-person", WelcomeCard.ForPerson(t));
        yield return ("help-personal", HelpCard.Compose(t, "CoordinatorBot", [new HelpEntry(CommandIds.Help)], null, HelpPlace.Newcomer));
        yield return ("help-no-roles", HelpCard.Compose(t, "CoordinatorBot", allCommands, null, HelpPlace.Community));
        yield return ("help-coordinator", HelpCard.Compose(t, "CoordinatorBot", allCommands, members[1], HelpPlace.Community));
        yield return ("help-personal-chat", HelpCard.Compose(t, "CoordinatorBot", allCommands, members[1], HelpPlace.Community, personalChat: true));
        yield return ("help-group-chat", HelpCard.Compose(t, "CoordinatorBot", [new HelpEntry(CommandIds.Help)], null, HelpPlace.GroupChat));
        yield return ("unknown-command", UnknownCommandCard.Compose(t, "ferie 3. januar 2027",
            [new SuggestedCommand(CommandIds.Nudge, "ferie", "ferie 3. januar 2027"), new SuggestedCommand(CommandIds.Roles, string.Empty, string.Empty)]));
        yield return ("unknown-command-far", UnknownCommandCard.Compose(t, "hvad er klokken", []));
        yield return ("setup-form", SetupCard.Form(t, community));
        yield return ("setup-form-problems", SetupCard.Form(t, community, new CommunitySettings("", "Mars/Base", 99),
            [SettingsProblem.ProductName, SettingsProblem.TimeZone, SettingsProblem.HourBudget]));
        yield return ("setup-saved", SetupCard.Saved(t, community, becameCoordinator: false));
        yield return ("setup-saved-coordinator", SetupCard.Saved(t, community, becameCoordinator: true));
        yield return ("roles-read-only", RolesCard.Compose(t, "OS2mo", members, [], canEdit: false));
        yield return ("roles-empty-community", RolesCard.Compose(t, "OS2mo", [], roster, canEdit: true));
        yield return ("roles-coordinator", RolesCard.Compose(t, "OS2mo", members, roster, canEdit: true,
            new Notice(t.RolesAssigned("Lis Berg", t.RoleName(Role.Supplier)), false)));
        yield return ("roles-no-roster", RolesCard.Compose(t, "OS2mo", members, [], canEdit: true,
            new Notice(t.RolesLastCoordinator, true)));

        foreach (var (name, card) in WeekCards(t))
        {
            yield return (name, card);
        }

        foreach (var (name, card) in OnboardingCards(t))
        {
            yield return (name, card);
        }

        foreach (var (name, card) in Decisions(t))
        {
            yield return (name, card);
        }

        foreach (var (name, card) in MeetingGallery.ForLanguage(t))
        {
            yield return (name, card);
        }

        foreach (var (name, card) in AtLimitGallery.ForLanguage(t))
        {
            yield return (name, card);
        }

        foreach (var (name, card) in SurveysGallery.ForLanguage(t))
        {
            yield return (name, card);
        }

        foreach (var (name, card) in GuidesGallery.ForLanguage(t))
        {
            yield return (name, card);
        }

        foreach (var (name, card) in BacklogGallery.ForLanguage(t))
        {
            yield return (name, card);
        }

        foreach (var (name, card) in PeopleGallery.ForLanguage(t))
        {
            yield return (name, card);
        }

        foreach (var (name, card) in StatusGallery.ForLanguage(t))
        {
            yield return (name, card);
        }

        foreach (var (name, card) in ReleasesGallery.ForLanguage(t))
        {
            yield return (name, card);
        }

        foreach (var (name, card) in PortfolioGallery.ForLanguage(t))
        {
            yield return (name, card);
        }

        // A large community: every role held by many, a roster of 200.
        var many = Enumerable.Range(0, 60).Select(i => new Member($"aad-{i:000}", $"Medlem Nummer {i:000} Efternavnsen",
            new HashSet<Role> { (Role)(i % 5) }, i % 5 == 4 ? $"Kommune {i}" : null)).ToList();
        var bigRoster = Enumerable.Range(0, 200).Select(i => new TeamMember($"aad-{i:000}", $"Medlem Nummer {i:000} Efternavnsen")).ToList();
        yield return ("roles-large", RolesCard.Compose(t, "OS2mo", many, bigRoster, canEdit: true));
    }

    /// <summary>Every element, input and action of the card model once, so that each serialises as the schema says.</summary>
    public static AdaptiveCard EveryType(Texts t) => new()
    {
        Lang = t.Language.Code(),
        FallbackText = "fallback",
        Refresh = new Refresh(new ExecuteAction("refresh", "card.refresh") { Data = new Dictionary<string, string> { ["id"] = "1" } },
            ["29:user-a", "29:user-b"]),
        Body =
        [
            new TextBlock("Title") { Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = TextColor.Accent, Style = TextBlockStyle.Heading, MaxLines = 2 },
            new TextBlock("Subtle") { IsSubtle = true, Spacing = Spacing.None, Separator = true },
            new FactSet([new Fact("Key", "Value")]),
            new Image(new Uri("https://bot.example/status/chart?chart=Backlog")) { AltText = "Søjlediagram: MUST 120 timer" },
            new Container([new TextBlock("Inside")]) { Style = ContainerStyle.Emphasis, Id = "box" },
            new ColumnSet([new Column([new TextBlock("Left")]) { Width = "auto" }, new Column([new TextBlock("Right")]) { Width = "stretch" }]),
            new TextInput("Text") { Id = "text", IsRequired = true, ErrorMessage = "Required", IsMultiline = true, MaxLength = 10, Regex = "^[a-z]+$", Placeholder = "a-z" },
            new NumberInput("Number") { Id = "number", Min = 1, Max = 60, Value = 7.5m },
            new DateInput("Date") { Id = "date", Min = "2026-01-01", Max = "2026-12-31", Value = "2026-11-27" },
            new TimeInput("Time") { Id = "time", Min = "08:00", Max = "17:00", Value = "09:30" },
            new ToggleInput("Toggle", "Yes?") { Id = "toggle", Value = "true", ValueOn = "true", ValueOff = "false" },
            new ChoiceSetInput("Choices", [new Choice("A", "a"), new Choice("B", "b")]) { Id = "choices", Style = ChoiceSetStyle.Expanded, IsMultiSelect = true, Value = "a,b" },
            new ActionSet([new SubmitAction("Submit") { Data = new Dictionary<string, string> { ["verb"] = "x" }, AssociatedInputs = AssociatedInputs.None }]),
        ],
        Actions =
        [
            new ExecuteAction("Execute", "card.execute") { Id = "execute", AssociatedInputs = AssociatedInputs.Auto },
            new OpenUrlAction("Open", new Uri("https://os2.eu/produkter")),
            new ShowCardAction("More", new AdaptiveCard { Body = [new TextBlock("More")] }),
        ],
    };

    private static IEnumerable<(string, AdaptiveCard)> Decisions(Texts t)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        var now = DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var body = Enumerable.Range(1, 12).Select(i => new Member($"aad-{i}", $"Styregruppemedlem {i}",
            new HashSet<Role> { Role.SteeringGroup }, null, $"29:user-{i}")).ToList();
        var longText = string.Concat(Enumerable.Repeat("Lang tekst med æøå og mange ord. ", 70))[..2000];
        var draft = new DecisionDraft("Budget for sikkerhedsopdateringer i 2027", DecisionType.Operational, DecidingBody.SteeringGroup,
            longText, longText, longText, longText, longText, now.AddDays(7), new DecisionRule(RuleKind.SimpleMajority, 50),
            new DecisionNumber(2026, 3));
        var open = new Decision { Number = new DecisionNumber(2026, 14), Draft = draft, ProposerId = "aad-1", ProposerName = "Karen", ProposedAt = now };
        var votes = body.Take(11).Select((m, i) => new Vote(m.AadObjectId, m.Name, (VoteChoice)(i % 4), i % 2 == 0 ? "En kommentar" : null, now.AddMinutes(i))).ToList();
        var view = new DecisionView(open, votes, body, zone);
        var closed = open with
        {
            Status = DecisionStatus.Accepted, ClosedAt = now.AddDays(1), ClosedByName = "Karen", CloseReason = RuleReason.RecordedByHand,
            OutcomeText = "Godkendt på mødet", SupersededBy = new DecisionNumber(2027, 1),
        };
        var history = Enumerable.Range(0, 20).Select(i => new AuditEntry(open.Number, (AuditAction)(i % 5), $"Person {i}", now.AddMinutes(i),
            i % 5 == 3 ? "Accepted" : "Approve")).ToList();
        var list = Enumerable.Range(1, 25).Select(i => open with { Number = new DecisionNumber(2026, i), Status = (DecisionStatus)(i % 4) }).ToList();

        yield return ("decision-form", DecisionForm.Compose(t, t.TimeZoneName("Europe/Copenhagen"), "2026-12-04", "12:00", []));
        yield return ("decision-form-problems", DecisionForm.Compose(t, t.TimeZoneName("Europe/Copenhagen"), "2026-12-04", "12:00", list.Take(3).ToList(),
            new DecisionForm.Entered(new Dictionary<string, string?> { [DecisionForm.TitleInput] = "x", [DecisionForm.ParticipationInput] = "50" }),
            Enum.GetValues<DraftProblem>()));
        yield return ("decision-shared", DecisionCard.Shared(t, view, mention: true));
        yield return ("decision-member", DecisionCard.ForViewer(t, view, new DecisionViewer(votes[0], CanVote: true, CanClose: true),
            new Notice(t.VoteRecorded(t.VoteName(VoteChoice.Approve)), false)));
        yield return ("decision-reader-comments", DecisionCard.ForViewer(t, view, new DecisionViewer(votes[0], CanVote: true, CanClose: false,
            ReadsComments: true), null, [.. votes.Select(v => new AuditEntry(open.Number, AuditAction.Voted, v.VoterName, v.CastAt, v.Choice.ToString())
            {
                Comment = v.Comment,
            })]));
        yield return ("decision-onlooker", DecisionCard.ForViewer(t, view, DecisionViewer.Onlooker));
        yield return ("decision-closed", DecisionCard.Shared(t, view with { Decision = closed }));
        yield return ("decision-closed-history", DecisionCard.ForViewer(t, view with { Decision = closed }, DecisionViewer.Onlooker, null, history));
        yield return ("decision-list", DecisionList.Compose(t, list, 2, "accepteret 2026", zone));
        yield return ("decision-list-empty", DecisionList.Compose(t, [], 1, "budget", zone));
        yield return ("decision-export", ExportCard.Compose(t, new Uri("https://bot.example/export/decisions?community=x&signature=y"), now, zone));
    }

    private static IEnumerable<(string, AdaptiveCard)> WeekCards(Texts t)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        var monday = new DateOnly(2026, 11, 30);
        var tasks = CoordinatorBot.Domain.Priorities.DefaultTasks.For(monday)
            .Append(new CoordinatorBot.Domain.Priorities.CoordinatorTask("t1", null, "Et langt opgavenavn om noget der skal gøres i denne uge", CoordinatorBot.Domain.Priorities.MoscowClass.Must, 7.5m,
                CoordinatorBot.Domain.Priorities.Recurrence.Once, monday.AddDays(-3))).ToList();
        var waiting = new CoordinatorBot.Domain.Priorities.PlanItem[]
        {
            new("B-2026-001", "B-2026-001 Fælles testmiljø", CoordinatorBot.Domain.Priorities.MoscowClass.Must, 0.5m, monday.AddDays(2), CoordinatorBot.Domain.Priorities.PlanSource.Decision),
            new("aarhus|price", "Aarhus Kommune", CoordinatorBot.Domain.Priorities.MoscowClass.Must, 0.5m, monday, CoordinatorBot.Domain.Priorities.PlanSource.Onboarding, false, "Price"),
        };
        var plan = CoordinatorBot.Domain.Priorities.WeeklyPlan.Build(monday, 10, tasks, waiting);
        var tight = CoordinatorBot.Domain.Priorities.WeeklyPlan.Build(monday, 3, tasks, waiting);
        var decision = new Decision
        {
            Number = new DecisionNumber(2026, 1), Draft = CoordinatorBot.Tests.Decisions.DecisionRecordTests.Draft(), ProposerId = "aad-1", ProposerName = "Karen",
            ProposedAt = DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        };
        var votes = new[] { new NudgeCard.PendingVote(decision) };
        var steps = new[] { new NudgeCard.DueStep("Aarhus", Onboarding.OnboardingChecklistTests.Create().Steps[0]) };
        var steering = new[] { new Member("aad-2", "Bo", new HashSet<Role> { Role.SteeringGroup }, null, "29:bo") };

        yield return ("plan", PlanCard.Compose(t, plan, tasks, editable: true));
        yield return ("plan-overflow", PlanCard.Compose(t, tight, tasks, editable: true, new Notice(t.TaskSaved, false)));
        yield return ("plan-empty", PlanCard.Compose(t, CoordinatorBot.Domain.Priorities.WeeklyPlan.Build(monday, 10, [], []), [], editable: false));
        yield return ("task-form", TaskForm.Compose(t, "2026-12-07", t.TaskTitleError));
        yield return ("nudge-coordinator", NudgeCard.ForCoordinator(t, "OS2mo", tight, votes, steps, zone, monday.AddDays(10)));
        yield return ("nudge-member", NudgeCard.ForMember(t, "OS2mo", votes, steps, zone));
        yield return ("nudge-member-nothing", NudgeCard.ForMember(t, "OS2mo", [], [], zone));
        yield return ("reminder", NudgeCard.Reminder(t, decision, zone));
        yield return ("capacity-note", CapacityNoteCard.Compose(t, tight, steering));
    }

    private static IEnumerable<(string, AdaptiveCard)> OnboardingCards(Texts t)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        var now = DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var fresh = Onboarding.OnboardingChecklistTests.Create();
        var coordinator = new Member("aad-k", "Karen", new HashSet<Role> { Role.Coordinator }, null);
        var half = fresh;
        foreach (var key in new[] { "price", "agreement", "dataprocessing" })
        {
            half = OnboardingChecklist.Tick(half, key, coordinator, now).Result;
        }

        var done = fresh;
        foreach (var step in fresh.Steps)
        {
            done = OnboardingChecklist.Tick(done, step.Key, coordinator, now, new FollowUp(false, "Mangler uddannelse", "Karen", now)).Result;
        }

        var overdueDay = new DateOnly(2027, 3, 15);
        var template = ChecklistTemplate.Default.Add("Eget trin med et meget langt navn om noget vigtigt", Role.Supplier, StepAnchor.GoLive, -3);
        var many = Enumerable.Range(0, 12).Select(i => fresh with { Id = $"o{i}", Details = fresh.Details with { Municipality = Municipalities.All[i] } }).ToList();

        yield return ("checklist-new", ChecklistCard.Compose(t, fresh, new DateOnly(2026, 11, 27), zone));
        yield return ("checklist-half-overdue", ChecklistCard.Compose(t, half, overdueDay, zone, new Notice(t.StepTicked("Pris"), false)));
        yield return ("checklist-completed", ChecklistCard.Compose(t, done, overdueDay, zone));
        yield return ("onboarding-status", OnboardingStatusCard.Compose(t, [.. many, half, done], overdueDay));
        yield return ("onboarding-status-empty", OnboardingStatusCard.Compose(t, [], overdueDay));
        yield return ("onboarding-template", TemplateCard.Compose(t, template, new Notice(t.TemplateSaved, false)));
        yield return ("dialog-text", DialogPromptCard.Compose(t, t.OnboardingAskMunicipality, 1, 6, DialogPromptCard.InputKind.Text, [],
            new Notice(t.OnboardingUnknownMunicipality("Atlantis"), true), null));
        yield return ("dialog-choice", DialogPromptCard.Compose(t, t.OnboardingAskModel, 2, 6, DialogPromptCard.InputKind.Choice,
            [new Choice(t.ModelName(MembershipModel.Os2Member), "Os2Member"), new Choice(t.ModelName(MembershipModel.NotOs2Member), "NotOs2Member")], null, "Os2Member",
            "Aarhus Kommune"));
        yield return ("dialog-person", DialogPromptCard.Compose(t, t.OnboardingAskProfessional, 3, 6, DialogPromptCard.InputKind.Person,
            [new Choice("Megan Bowen", "aad-1")], null, null));
        yield return ("dialog-date", DialogPromptCard.Compose(t, t.OnboardingAskGoLive, 6, 6, DialogPromptCard.InputKind.Date, [], new Notice(t.DialogDateNotFuture, true), null));
        yield return ("dialog-new-supplier", DialogPromptCard.Compose(t, t.OnboardingAskSupplier, 5, 6, DialogPromptCard.InputKind.Text, [],
            new Notice(t.OnboardingNewSupplier, false), null));
        yield return ("dialog-in-channel", DialogPromptCard.Compose(t, t.OnboardingAskSupplier, 5, 6, DialogPromptCard.InputKind.Text, [], null, null,
            "Bob (bob@aarhus.dk)", "CoordinatorBot"));
        yield return ("dialog-answered", DialogSummaryCard.Answered(t, 1, 6, t.FactMunicipality, "Aarhus Kommune"));
        yield return ("dialog-answered-date", DialogSummaryCard.Answered(t, 6, 6, t.FactGoLive, "1. marts 2027"));
        yield return ("dialog-continued", DialogSummaryCard.Closed(t, 2, 6, t.OnboardingAskModel, t.DialogContinuedBelow));
        yield return ("dialog-cancelled", DialogSummaryCard.Closed(t, 3, 6, t.OnboardingAskProfessional, t.DialogCancelled));
        yield return ("dialog-expired", DialogSummaryCard.Closed(t, 1, 6, t.OnboardingAskMunicipality, t.DialogExpired));
        yield return ("dialog-replaced", DialogSummaryCard.Closed(t, 4, 6, t.OnboardingAskTechnical, t.DialogReplaced));
        yield return ("member-welcome", MemberWelcomeCard.Compose(t, "Megan Bowen", "29:megan", "OS2mo",
            [coordinator, new Member("aad-2", "Bo", new HashSet<Role> { Role.SteeringGroup, Role.Secretariat }, null)]));
    }

    public static Community Community(string? productName) => new()
    {
        Id = "19:team@thread.tacv2",
        TenantId = "tenant",
        Name = "OS2mo fællesskab",
        Channel = new ChannelAddress("https://smba.trafficmanager.net/emea/", "19:team@thread.tacv2", "28:bot"),
        ProductName = productName,
        CreatedAt = DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
    };
}
