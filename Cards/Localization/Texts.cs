using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Cards.Localization;

/// <summary>
/// Every text a person reads, in one language. The texts live in Texts.resx (Danish, the default) and
/// Texts.en.resx (English); a property's name is its resource key.
/// </summary>
public sealed class Texts
{
    private static readonly ResourceManager Resources = new("CoordinatorBot.Cards.Localization.Texts", typeof(Texts).Assembly);

    private readonly CultureInfo _culture;

    public Texts(Language language)
    {
        Language = language;
        _culture = language.Culture();
    }

    public Language Language { get; }

    /// <summary>The bot's name when Teams does not say it.</summary>
    public const string DefaultBotName = "CoordinatorBot";

    public CultureInfo Culture => _culture;

    /// <summary>The words that start a command, the first being the one shown in help.</summary>
    public IReadOnlyList<string> CommandWords(string commandId) => Lookup($"Command{commandId}Words").Split('|');

    public string CommandDescription(string commandId) => Lookup($"Command{commandId}Description");

    public string RoleName(Role role) => Lookup($"Role{role}");

    public string RoleName(Role role, string? municipality) =>
        role == Role.Municipality && !string.IsNullOrEmpty(municipality)
            ? RoleMunicipalityOf(Domain.Onboarding.Municipalities.OfficialName(municipality)) : RoleName(role);

    /// <summary>The role as this member holds it: with their municipality or their supplier where the role has one.</summary>
    public string RoleName(Role role, Member member) => role switch
    {
        Role.Municipality when !string.IsNullOrEmpty(member.Municipality) => RoleMunicipalityOf(Domain.Onboarding.Municipalities.OfficialName(member.Municipality)),
        Role.Supplier when !string.IsNullOrEmpty(member.Supplier) => RoleSupplierOf(member.Supplier),
        _ => RoleName(role),
    };

    /// <summary>
    /// The role as a sentence says someone holds it: "medlem af styregruppen", "leverandør (Magenta ApS)",
    /// "kontaktperson for Aarhus Kommune" — for "Megan Bowen er nu …".
    /// </summary>
    public string RoleHeld(Role role, string? municipality, string? supplier) => role switch
    {
        Role.Municipality when !string.IsNullOrEmpty(municipality) =>
            string.Format(_culture, Lookup("RoleHeldMunicipalityOf"), Domain.Onboarding.Municipalities.Find(municipality).Municipality is { } known
                ? Domain.Onboarding.Municipalities.OfficialName(known)
                : municipality),
        Role.Supplier when !string.IsNullOrEmpty(supplier) => string.Format(_culture, Lookup("RoleHeldSupplierOf"), supplier),
        _ => Lookup($"RoleHeld{role}"),
    };

    public string NotVotedClosedLine(object arg0) => Format(arg0);

    public string TimeZoneName(string timeZoneId) => Lookup($"TimeZone{timeZoneId.Split('/')[^1]}");

    public string TypeName(DecisionType type) => Lookup($"DecisionType{type}");

    public string StatusName(DecisionStatus status) => Lookup($"DecisionStatus{status}");

    public string VoteName(VoteChoice choice) => Lookup($"VoteChoice{choice}");

    public string BodyName(DecidingBody body) => RoleName(body.Role());

    public string RuleName(DecisionRule rule)
    {
        var name = Lookup($"RuleKind{rule.Kind}");
        return rule.MinimumParticipationPercent > 0 ? RuleWithParticipation(name, rule.MinimumParticipationPercent) : name;
    }

    /// <summary>Why a decision closed as it did, in words.</summary>
    public string ReasonText(Decision decision) =>
        decision.CloseReason == RuleReason.RecordedByHand
            ? string.Format(_culture, Lookup("RuleReasonRecordedByHand"), decision.ClosedByName)
            : Lookup($"RuleReason{decision.CloseReason}");

    /// <summary>The words that filter the decision log by a status, type or body (e.g. "FilterWordsAccepted").</summary>
    public IReadOnlyList<string> FilterWords(string name) => Lookup($"FilterWords{name}").Split('|');

    /// <summary>A moment as the reader's clock shows it in the community's time zone: "fredag den 4. december 2026 kl. 12:00".</summary>
    public string DateTime(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString(DateTimeFormat, _culture);

    public string Date(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString(DateFormat, _culture);

    public string ModelName(Domain.Onboarding.MembershipModel model) => Lookup($"MembershipModel{model}");

    /// <summary>A checklist step's title: its own, or the default step's text in this language.</summary>
    public string StepTitle(string? defaultKey, string? title) => title ?? Lookup($"Step{defaultKey}");

    /// <summary>The words that answer a dialog's control question (e.g. "DialogCancelWords").</summary>
    public IReadOnlyList<string> Words(string key) => Lookup(key).Split('|');

    public string ClassName(Domain.Priorities.MoscowClass moscow) => Lookup($"Moscow{moscow}");

    public string RecurrenceName(Domain.Priorities.Recurrence recurrence) => Lookup($"Recurrence{recurrence}");

    /// <summary>A task's title: its own, or the default task's text in this language.</summary>
    public string TaskTitle(string? defaultKey, string? title) => string.IsNullOrEmpty(title) && defaultKey is not null ? Lookup($"Task{defaultKey}") : title ?? string.Empty;

    /// <summary>"a, b og c" / "a, b and c".</summary>
    /// <summary>
    /// A count with its word in the right number, the one place for singular and plural: "1 beslutning",
    /// "2 beslutninger", "1 time", "7,5 timer" (only exactly one is singular).
    /// </summary>
    public string Count(decimal count, Unit unit) => $"{Number(count)} {Lookup($"Unit{unit}{(count == 1 ? "One" : "Other")}")}";

    /// <summary>A word quoted as this language does: »hjælp« in Danish, "help" in English.</summary>
    public string Quote(string text) => Language == Language.Danish ? $"»{text}«" : $"\"{text}\"";

    /// <summary>"A, B og C": all of them.</summary>
    public string JoinList(IEnumerable<string> items) => Join(items, ListAnd);

    /// <summary>"A, B eller C": one of them.</summary>
    public string JoinAlternatives(IEnumerable<string> items) => Join(items, ListOr);

    private static string Join(IEnumerable<string> items, string last)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => $"{string.Join(", ", list.Take(list.Count - 1))} {last} {list[^1]}",
        };
    }

    /// <summary>Formats a decimal the way the reader writes numbers (7,5 in Danish; 7.5 in English).</summary>
    public string Number(decimal value) => value.ToString("0.##", _culture);

    public string RoleMunicipalityOf(object arg0) => Format(arg0);
    public string RoleSupplierOf(object arg0) => Format(arg0);
    public string WelcomeTitle => Get();
    public string WelcomeIntro(object arg0) => Format(arg0);
    public string WelcomeProductFallback => Get();
    public string WelcomeDecisions => Get();
    public string WelcomeOnboarding => Get();
    public string WelcomePriorities => Get();
    public string WelcomeNextStep(object arg0) => Format(arg0);
    public string WelcomePersonal => Get();
    public string AnsweredBelow => Get();
    public string ButtonSetup => Get();
    public string ButtonHelp => Get();
    public string ButtonRoles => Get();
    public string HelpTitle => Get();
    public string HelpIntro(object arg0) => Format(arg0);
    public string HelpYourRoles(object arg0) => Format(arg0);
    public string HelpNoRoles => Get();
    public string HelpPersonalNote => Get();
    public string HelpNewcomer(object arg0) => Format(arg0);
    public string HelpLanguagePersonal => Get();
    public string HelpLanguageTeam => Get();
    public string HelpLanguageGroupChat => Get();
    public string GroupChatNotCommunity(object arg0) => Format(arg0);
    public string UnknownCommand(object arg0) => Format(arg0);
    public string UnknownCommandShort => Get();
    public string UnknownDidYouMean(object arg0) => Format(arg0);
    public string UnknownEmpty => Get();
    public string SetupTitle => Get();
    public string SetupIntro => Get();
    public string SetupProductNameLabel => Get();
    public string SetupProductNameError => Get();
    public string SetupTimeZoneLabel => Get();
    public string SetupTimeZoneError => Get();
    public string SetupHourBudgetLabel => Get();
    public string SetupHourBudgetError => Get();
    public string SetupLanguageLabel => Get();
    public string SetupLanguageError => Get();
    public string FactLanguage => Get();
    public string FactRules => Get();
    public string SetupRuleLine(object arg0, object arg1) => Format(arg0, arg1);
    public string LanguageUsage => Get();
    public string LanguageChosen => Get();
    public string LanguageInTeam => Get();

    /// <summary>A language's name as its speakers write it ("Dansk", "English"), the same in both languages.</summary>
    public string LanguageName(string code) => Lookup($"LanguageName_{code}");

    /// <summary>A time of day in this language's one written form: "kl. 08.00", "08:00".</summary>
    public string Clock(TimeOnly time) =>
        Language == Language.Danish ? Domain.Input.DanishTime.Format(time) : time.ToString("HH:mm", CultureInfo.InvariantCulture);
    public string SetupSave => Get();
    public string SetupSavedTitle => Get();
    public string SetupSavedCoordinator => Get();
    public string SetupNotAllowed => Get();
    public string SetupGuest => Get();
    public string SetupOwnerOrInstaller => Get();
    public string SetupTakenByOther => Get();
    public string SetupInvalid => Get();
    public string FactProduct => Get();
    public string FactTimeZone => Get();
    public string FactHourBudget => Get();
    public string HoursPerWeek(object arg0) => Format(arg0);
    public string RolesTitle(object arg0) => Format(arg0);
    public string RolesNone => Get();
    public string RolesAssignTitle => Get();
    public string RolesPersonLabel => Get();
    public string RolesPersonError => Get();
    public string RolesRoleLabel => Get();
    public string RolesRoleError => Get();
    public string RolesMunicipalityLabel => Get();
    public string RolesSupplierLabel => Get();
    public string RolesAssign => Get();
    public string RolesRemoveTitle => Get();
    public string RolesAssignmentLabel => Get();
    public string RolesAssignmentError => Get();
    public string RolesRemove => Get();
    public string RolesAssigned(object arg0, object arg1) => Format(arg0, arg1);
    public string RolesRemoved(object arg0, object arg1) => Format(arg0, arg1);
    public string RolesUnchanged(object arg0) => Format(arg0);
    public string RolesNotCoordinator => Get();
    public string RolesMunicipalityRequired => Get();
    public string RolesSupplierRequired => Get();
    public string RolesLastCoordinator => Get();
    public string RolesUnknownPerson => Get();
    public string RolesReadOnlyNote => Get();
    public string ErrorGeneric => Get();
    public string ErrorStorageUnavailable => Get();
    public string ErrorNeedsCommunity => Get();
    public string ErrorCardOutdated => Get();
    public string RefusalRole(object arg0) => Format(arg0);
    public string RefusalNoRole => Get();
    public string ListAnd => Get();
    public string ListOr => Get();
    public string RuleWithParticipation(object arg0, object arg1) => Format(arg0, arg1);
    public string DateTimeFormat => Get();
    public string DateFormat => Get();
    public string DecisionFormTitle => Get();
    public string DecisionFormIntro => Get();
    public string DecisionTitleLabel => Get();
    public string DecisionTitleError(object arg0) => Format(arg0);
    public string DecisionKindLabel => Get();
    public string DecisionKindError => Get();
    public string DecisionBodyLabel => Get();
    public string DecisionBodyError => Get();
    public string DecisionContextLabel => Get();
    public string DecisionContextError(object arg0) => Format(arg0);
    public string DecisionProposalLabel => Get();
    public string DecisionProposalError(object arg0) => Format(arg0);
    public string DecisionConsequencesLabel => Get();
    public string DecisionImplementationLabel => Get();
    public string DecisionRisksLabel => Get();
    public string DecisionTooLongError(object arg0) => Format(arg0);
    public string DecisionDeadlineDateLabel => Get();
    public string DecisionDeadlineTimeLabel(object arg0) => Format(arg0);
    public string DecisionDeadlineError => Get();
    public string DecisionRuleLabel => Get();
    public string DecisionRuleDefault => Get();
    public string DecisionParticipationLabel => Get();
    public string DecisionRuleError => Get();
    public string DecisionSupersedesLabel => Get();
    public string DecisionSupersedesError => Get();
    public string DecisionPropose => Get();
    public string DecisionFormInvalid => Get();
    public string DecisionProposed(object arg0) => Format(arg0);
    public string DecisionNotAllowedToPropose => Get();
    public string DecisionNotMemberOfBody => Get();
    public string FactType => Get();
    public string FactBody => Get();
    public string FactDeadline => Get();
    public string FactRule => Get();
    public string FactProposer => Get();
    public string FactStatus => Get();
    public string FactOutcome => Get();
    public string FactSupersedes => Get();
    public string FactSupersededBy => Get();
    public string FactClosed => Get();
    public string FactDecisionNumber => Get();
    public string FactProposed => Get();
    public string SectionContext => Get();
    public string SectionDecision => Get();
    public string SectionConsequences => Get();
    public string SectionImplementation => Get();
    public string SectionRisks => Get();
    public string SectionHistory => Get();
    public string TallyLine(object arg0, object arg1, object arg2, object arg3) => Format(arg0, arg1, arg2, arg3);
    public string VotedLine(object arg0) => Format(arg0);
    public string NotVotedLine(object arg0) => Format(arg0);
    public string SectionComments => Get();
    public string CommentsPrivately(object arg0) => Format(arg0);
    public string CommentsNotShown(object arg0) => Format(arg0);
    public string NobodyText => Get();
    public string YourVote(object arg0) => Format(arg0);
    public string YourVoteNone => Get();
    public string VoteCommentLabel => Get();
    public string VoteRecorded(object arg0) => Format(arg0);
    public string VoteNotInBody(object arg0, object arg1) => Format(arg0, arg1);
    public string DecisionClosedRefusal(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string DecisionMentionLine(object arg0) => Format(arg0);
    public string AndOthers(object arg0, object arg1) => Format(arg0, arg1);
    public string DecisionNoMembersOfBody(object arg0) => Format(arg0);
    public string CloseTitle => Get();
    public string CloseOutcomeLabel => Get();
    public string CloseTextLabel => Get();
    public string CloseTextError => Get();
    public string CloseButton => Get();
    public string CloseNotAllowed => Get();
    public string CloseVotesDecide(object arg0) => Format(arg0);
    public string SupersedeUpward(object arg0) => Format(arg0);
    public string DecisionOutcomePosted(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string DecisionsTitle => Get();
    public string DecisionsFilter(object arg0) => Format(arg0);
    public string DecisionsEmpty => Get();
    public string DecisionsPage(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string DecisionsNext => Get();
    public string DecisionsPrevious => Get();
    public string DecisionsShow => Get();
    public string DecisionNotFound(object arg0) => Format(arg0);
    public string DecisionShowUsage => Get();
    public string ExportTitle => Get();
    public string ExportIntro => Get();
    public string ExportDownload => Get();
    public string ExportExpires(object arg0) => Format(arg0);
    public string ExportParent => Get();
    public string SearchKindName(Domain.Search.RecordKind kind) => Lookup($"SearchKind{kind}");
    public string SearchWishStatusName(Domain.Backlog.WishStatus status) => Lookup($"SearchWishStatus{status}");
    public string SearchOpen => Get();
    public string SearchInTeams => Get();
    public string SearchMinutesHeading => Get();
    public string SearchForeignText => Get();
    public string SearchMissingText => Get();
    public string SearchNoCommunity => Get();
    public string SearchUnavailable => Get();
    public string SearchNotUnderstood => Get();
    public string SearchLinkPageTitle => Get();
    public string SearchLinkPageText => Get();
    public string AuditProposed => Get();
    public string AuditVoted(object arg0) => Format(arg0);
    public string AuditVoteChanged(object arg0) => Format(arg0);
    public string AuditClosed(object arg0) => Format(arg0);
    public string AuditSuperseded(object arg0) => Format(arg0);
    public string BotName => Get();
    public string SetupSteeringRuleLabel => Get();
    public string SetupCoordinationRuleLabel => Get();
    public string SetupParticipationLabel => Get();
    public string ButtonNewDecision => Get();
    public string ButtonDecisions => Get();
    public string DialogCancelWords => Get();
    public string DialogBackWords => Get();
    public string DialogStepOf(object arg0, object arg1) => Format(arg0, arg1);
    public string DialogNext => Get();
    public string DialogBack => Get();
    public string DialogCancel => Get();
    public string DialogCancelled => Get();
    public string DialogExpired => Get();
    public string DialogTypeHint => Get();

    /// <summary>The type hint in a channel: where to write (the thread or a new post) and that the bot must be @mentioned there.</summary>
    public string DialogTypeHintChannel(object botName) => Format(botName);

    /// <summary>An answered question as its read-only card says it: "Kommune: Aarhus Kommune ✓".</summary>
    public string DialogAnswered(object label, object answer) => Format(label, answer);
    public string DialogContinuedBelow => Get();
    public string DialogReplaced => Get();
    public string DialogNotThisCard => Get();
    public string DialogAnswerLabel => Get();
    public string DialogRequired => Get();
    public string DialogNoActive => Get();
    public string DialogYes => Get();
    public string DialogNo => Get();
    public string DialogInvalidDate => Get();
    public string DialogDateNotFuture => Get();
    public string DialogInvalidChoice(object arg0) => Format(arg0);
    public string DialogInvalidPerson => Get();
    public string DialogPersonLabel => Get();
    public string DialogPersonTyped => Get();
    public string OnboardingAskMunicipality => Get();
    public string OnboardingAskModel => Get();
    public string OnboardingAskProfessional => Get();
    public string OnboardingAskTechnical => Get();
    public string OnboardingAskSupplier => Get();
    public string OnboardingAskGoLive => Get();
    public string OnboardingUnknownMunicipality(object arg0) => Format(arg0);
    public string OnboardingMunicipalitySuggestions(object arg0) => Format(arg0);
    public string OnboardingAlreadyInProgress(object arg0) => Format(arg0);
    public string OnboardingSupplierRequired(object arg0) => Format(arg0);
    public string OnboardingOtherSupplier => Get();
    public string OnboardingNewSupplier => Get();
    public string OnboardingCreated(object arg0) => Format(arg0);
    public string ChecklistTitle(object arg0) => Format(arg0);
    public string ChecklistProgress(object arg0, object arg1) => Format(arg0, arg1);
    public string ChecklistCompleted => Get();
    public string FactMembershipModel => Get();
    public string FactProfessionalContact => Get();
    public string FactTechnicalContact => Get();
    public string FactSupplier => Get();
    public string FactGoLive => Get();
    public string FactMunicipality => Get();
    public string FactFollowUp => Get();
    public string StepOwnerDue(object arg0, object arg1) => Format(arg0, arg1);
    public string StepDueOn(object arg0) => Format(arg0);
    public string StepDone(object arg0, object arg1) => Format(arg0, arg1);
    public string StepOverdue(object arg0) => Format(arg0);
    public string StepOpen => Get();
    public string StepTick => Get();
    public string StepTicked(object arg0) => Format(arg0);
    public string StepAlreadyDone(object arg0, object arg1) => Format(arg0, arg1);
    public string StepNotOwner(object arg0, object arg1) => Format(arg0, arg1);
    public string StepOtherMunicipality(object arg0, object arg1) => Format(arg0, arg1);
    public string StepOtherSupplier(object arg0, object arg1) => Format(arg0, arg1);
    public string FollowUpInUseLabel => Get();
    public string FollowUpMissingLabel => Get();
    public string FollowUpInUse(object arg0, object arg1) => Format(arg0, arg1);
    public string FollowUpNeedsAnswers => Get();
    public string OnboardingCompletedWelcome(object arg0) => Format(arg0);
    public string OnboardingNotFound => Get();
    public string OnboardingStatusTitle => Get();
    public string OnboardingStatusEmpty => Get();
    public string OnboardingStatusNext(object arg0) => Format(arg0);
    public string OnboardingStatusCompletedHeading => Get();
    public string TemplateTitle => Get();
    public string TemplateIntro => Get();
    public string TemplateStepLine(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string TemplateOffsetStart(object arg0) => Format(arg0);
    public string TemplateOffsetGoLive(object arg0) => Format(arg0);
    public string TemplateOffsetBeforeGoLive(object arg0) => Format(arg0);
    public string TemplateEdit => Get();
    public string TemplateMoveUp => Get();
    public string TemplateRemove => Get();
    public string TemplateAdd => Get();
    public string TemplateSave => Get();
    public string TemplateStepTitleLabel => Get();
    public string TemplateStepTitleError => Get();
    public string TemplateOwnerLabel => Get();
    public string TemplateAnchorLabel => Get();
    public string TemplateAnchorStart => Get();
    public string TemplateAnchorGoLive => Get();
    public string TemplateOffsetLabel => Get();
    public string TemplateOffsetError => Get();
    public string TemplateSaved => Get();
    public string TemplateFull(object arg0) => Format(arg0);
    public string MemberWelcomeTitle(object arg0) => Format(arg0);
    public string MemberWelcomeIntro(object arg0) => Format(arg0);
    public string MemberWelcomeRoles => Get();
    public string MemberWelcomeWish => Get();
    public string MemberWelcomeDecisions => Get();
    public string PlanTitle(object arg0) => Format(arg0);
    public string PlanBudget(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string PlanItemLine(object arg0, object arg1) => Format(arg0, arg1);
    public string PlanNoDue => Get();
    public string PlanDue(object arg0) => Format(arg0);
    public string PlanOverdue(object arg0) => Format(arg0);
    public string PlanDoesNotFit => Get();
    public string PlanEmpty => Get();
    public string PlanMustOverflow(object arg0, object arg1) => Format(arg0, arg1);
    public string PlanSendCapacityNote => Get();
    public string PlanSourceDecision => Get();
    public string PlanSourceOnboarding => Get();
    public string TaskDone => Get();
    public string TaskMarkedDone(object arg0) => Format(arg0);
    public string TaskEdit => Get();
    public string TaskSave => Get();
    public string TaskSaved => Get();
    public string TaskSavedInWeek(object arg0, object arg1) => Format(arg0, arg1);
    public string TaskUndo => Get();
    public string TaskUndone(object arg0) => Format(arg0);
    public string TaskUndoTooLate(object arg0) => Format(arg0);
    public string PlanRecentlyDone => Get();
    public string PlanPreviousWeek => Get();
    public string PlanNextWeek => Get();
    public string PlanWeekRange(object arg0, object arg1) => Format(arg0, arg1);
    public string TaskFormTitle => Get();
    public string TaskTitleLabel => Get();
    public string TaskTitleError => Get();
    public string TaskClassLabel => Get();
    public string TaskEstimateLabel => Get();
    public string TaskEstimateError => Get();
    public string TaskRecurrenceLabel => Get();
    public string TaskDueLabel => Get();
    public string TaskDueError => Get();
    public string TaskLinkLabel => Get();
    public string TaskNotFound => Get();
    public string CapacityNoteTitle => Get();
    public string CapacityNoteText(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string CapacityNoteSent => Get();
    /// <param name="arg1">The day it is sent, as a weekday's name ("tirsdag" when a holiday moved Monday's nudge).</param>
    public string NudgeTitle(object arg0, object arg1) => Format(arg0, arg1);
    public string NudgeMemberTitle(object arg0) => Format(arg0);
    public string NudgeVotesHeading => Get();
    public string NudgeStepsHeading => Get();
    public string NudgeOverdueHeading => Get();
    public string NudgeVoteLine(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string NudgeStepLine(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string NudgeNothing => Get();
    public string NudgeFooter => Get();
    public string ReminderTitle(object arg0) => Format(arg0);
    public string ReminderText(object arg0, object arg1) => Format(arg0, arg1);
    public string NudgePaused => Get();
    public string NudgeResumed => Get();
    public string NudgeAway(object arg0) => Format(arg0);
    public string NudgeOff => Get();
    public string NudgeOn => Get();
    public string NudgeUsage => Get();
    public string SetupNudgeDayLabel => Get();
    public string SetupNudgeTimeLabel => Get();
    public string FactNudge => Get();
    public string DialogAccepted(object arg0) => Format(arg0);

    /// <summary>"Teksten i »Kommentar« er for lang (højst 500 tegn)." The label names the field as the card does.</summary>
    public string TextTooLong(object label, object limit) => Format(label, limit);

    // Meetings
    public string MeetingKindName(Domain.Meetings.MeetingKind kind) => Lookup($"MeetingKind{kind}");
    public string MeetingStatusName(Domain.Meetings.MeetingStatus status) => Lookup($"MeetingStatus{status}");
    public string MeetingFormInvalid => Get();
    public string MeetingFormTitle => Get();
    public string MeetingFormIntro => Get();
    public string MeetingFormIntroWithoutGraph => Get();
    public string MeetingKindLabel => Get();
    public string MeetingKindError => Get();
    public string MeetingTitleLabel => Get();
    public string MeetingTitleError(object arg0) => Format(arg0);
    public string MeetingDateLabel => Get();
    public string MeetingDateError => Get();
    public string MeetingStartLabel(object arg0) => Format(arg0);
    public string MeetingStartError => Get();
    public string MeetingDurationLabel => Get();
    public string MeetingDurationError => Get();
    public string MeetingTooLong(object arg0) => Format(arg0);
    public string MeetingBodiesLabel => Get();
    public string MeetingMembersLabel => Get();
    public string MeetingExternalLabel => Get();
    public string MeetingExternalPlaceholder => Get();
    public string MeetingAgendaLabel => Get();
    public string MeetingPlaceLabel => Get();
    public string MeetingPlacePlaceholder => Get();
    public string MeetingSuggest => Get();
    public string MeetingBook => Get();
    public string MeetingSuggestionsTitle => Get();
    public string MeetingNoSuggestions => Get();
    public string MeetingSlotFree(object arg0, object arg1) => Format(arg0, arg1);
    public string MeetingBookSlot(object arg0) => Format(arg0);
    public string MeetingUnknownCalendars(object arg0) => Format(arg0);
    public string MeetingDateInPast => Get();
    public string MeetingNoAttendees => Get();
    public string MeetingExternalError => Get();
    public string MeetingAgendaError(object arg0, object arg1) => Format(arg0, arg1);
    public string MeetingPlaceError(object arg0) => Format(arg0);
    public string MeetingTimeRange(object arg0, object arg1) => Format(arg0, arg1);
    public string MeetingShortDateFormat => Get();
    public string MeetingCardTitle(object arg0, object arg1) => Format(arg0, arg1);

    /// <summary>
    /// The meeting as headings name it: "Styregruppemøde: Decembermøde", or the title alone when it says the kind
    /// already ("Styregruppemøde – januar 2027"), so that nothing is said twice.
    /// </summary>
    public string MeetingName(Domain.Meetings.MeetingKind kind, string title) =>
        Domain.Meetings.MeetingTitle.NamesKind(kind, title) ? title : MeetingCardTitle(MeetingKindName(kind), title);
    public string MeetingFactWhen => Get();
    public string MeetingFactWhere => Get();
    public string MeetingOnline => Get();
    public string MeetingOnlineLinkFrom(object arg0) => Format(arg0);
    public string MeetingOnlineHeld => Get();
    public string MeetingFactResponses => Get();
    public string MeetingResponseCounts(object arg0, object arg1, object arg2, object arg3) => Format(arg0, arg1, arg2, arg3);
    public string MeetingNoTeamsLink(object arg0) => Format(arg0);
    public string MeetingNotInvited => Get();
    public string MeetingCancelledWith(object arg0) => Format(arg0);
    public string MeetingAgendaHeading => Get();
    public string MeetingAttendeesHeading(object arg0) => Format(arg0);
    public string MeetingCalendarFileTitle => Get();
    public string MeetingCalendarFileIntro(object arg0) => Format(arg0);
    public string MeetingCalendarFileDownload => Get();
    public string MeetingJoin => Get();
    public string MeetingCalendarFileButton => Get();
    public string MeetingRefreshResponses => Get();
    public string MeetingMove => Get();
    public string MeetingMoveStartLabel => Get();
    public string MeetingMoveButton => Get();
    public string MeetingCancel => Get();
    public string MeetingCancelCommentLabel => Get();
    public string MeetingCancelButton => Get();
    public string MeetingsTitle => Get();
    public string MeetingsEmpty => Get();
    public string MeetingsUpcoming => Get();
    public string MeetingsRecent => Get();
    public string MeetingNewButton => Get();
    public string MeetingShow => Get();
    public string MeetingBooked => Get();
    public string MeetingSavedWithoutGraph => Get();
    public string MeetingSavedGraphFailed(object arg0) => Format(arg0);
    public string MeetingAlreadyBooked => Get();
    public string MeetingNotFound => Get();
    public string MeetingIsCancelled => Get();
    public string MeetingIsPast => Get();
    public string MeetingMoved(object arg0) => Format(arg0);
    public string MeetingCancelledDone => Get();
    public string MeetingCancelledLocally => Get();
    public string MeetingCalendarUpdated => Get();
    public string MeetingChangeTold(object arg0) => Format(arg0);
    public string MeetingChangeTellOthers(object arg0) => Format(arg0);
    public string MeetingMovedTitle => Get();
    public string MeetingCancelledTitle => Get();
    public string MeetingFactBefore => Get();
    public string MeetingResponsesRead => Get();
    public string MeetingNotBooked => Get();
    public string MeetingGraphNotConfigured => Get();
    public string MeetingCalendarUnchanged(object arg0) => Format(arg0);
    public string MeetingGraphForbidden => Get();
    public string MeetingGraphNotFound => Get();
    public string MeetingGraphThrottled => Get();
    public string MeetingGraphUnavailable => Get();
    public string MeetingGraphFailed => Get();
    public string SetupOrganizerLabel => Get();
    public string SetupOrganizerError => Get();
    public string SetupWorkStartLabel => Get();
    public string SetupWorkEndLabel => Get();
    public string SetupWorkingHoursError => Get();
    public string FactMeetingOrganizer => Get();
    public string FactWorkingHours => Get();
    public string SetupWorkingHoursValue(object arg0, object arg1) => Format(arg0, arg1);
    public string SetupOrganizerDefault => Get();

    // Backlog and wishes.
    public string BacklogNoBudget => Get();
    public string BacklogRefusalNoMunicipality => Get();
    public string BacklogRefusalNotMember => Get();
    public string BacklogRefusalOtherMunicipality(object arg0) => Format(arg0);
    public string BacklogRefusalSupplier(object arg0) => Format(arg0);
    public string BacklogRefusalTriage => Get();
    public string BoardBeyondMandate(object arg0) => Format(arg0);
    public string BoardBudgetLine(object arg0, object arg1, object arg2, object arg3) => Format(arg0, arg1, arg2, arg3);
    public string BoardDelivered(object arg0) => Format(arg0);
    public string BoardEmpty => Get();
    public string BoardItemBeyond(object arg0) => Format(arg0);
    public string BoardMore(object arg0) => Format(arg0);
    public string BoardShowItem(object arg0) => Format(arg0);
    public string BoardTitle => Get();
    public string BudgetPer(object arg0, object arg1) => Format(arg0, arg1);
    public string EscalationProposal(object arg0, object arg1) => Format(arg0, arg1);
    public string EscalationTitle(object arg0, object arg1) => Format(arg0, arg1);
    public string FactDecision => Get();
    public string FactEstimate => Get();
    public string FactIssue => Get();
    public string FactMunicipalities => Get();
    public string ItemBeyondMandate => Get();
    public string ItemChangeAccepted => Get();
    public string ItemChangeDecided(object arg0, object arg1) => Format(arg0, arg1);
    public string ItemChangeEscalated(object arg0) => Format(arg0);
    public string ItemChangeEstimated(object arg0) => Format(arg0);
    public string ItemChangeMoved(object arg0) => Format(arg0);
    public string ItemClassLabel => Get();
    public string ItemCriteriaError => Get();
    public string ItemCriteriaHeading => Get();
    public string ItemCriteriaLabel => Get();
    public string ItemCriteriaNotMet => Get();
    public string ItemCriteriaPlaceholder => Get();
    public string ItemCriterionMetLabel => Get();
    public string ItemDkkLabel => Get();
    public string ItemEscalateButton => Get();
    public string ItemEscalated(object arg0, object arg1) => Format(arg0, arg1);
    public string ItemEstimateButton => Get();
    public string ItemEstimateError => Get();
    public string ItemEstimateRequired => Get();
    public string ItemEstimateSave => Get();
    public string ItemEstimated => Get();
    public string ItemHistoryHeading => Get();
    public string ItemHistoryLine(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string ItemHoursLabel => Get();
    public string ItemMoveNotAllowed(object arg0, object arg1) => Format(arg0, arg1);
    public string ItemMoveTo(object arg0) => Format(arg0);
    public string ItemMoved(object arg0, object arg1) => Format(arg0, arg1);
    public string ItemMovedText(object arg0, object arg1) => Format(arg0, arg1);
    public string ItemMovedTitle(object arg0, object arg1) => Format(arg0, arg1);
    public string ItemNoCriteria => Get();
    public string ItemNotEscalated => Get();
    public string ItemNotFound => Get();
    public string ItemPrioritiseButton => Get();
    public string ItemSupplierError => Get();
    public string ItemSupplierLabel => Get();
    public string ItemWaitingForDecision(object arg0) => Format(arg0);
    public string SetupBacklogDkkLabel => Get();
    public string SetupBacklogError => Get();
    public string SetupBacklogHeading => Get();
    public string SetupBacklogHoursLabel => Get();
    public string SetupBacklogLine(object arg0, object arg1) => Format(arg0, arg1);
    public string PersonalDataEraseSoleCoordinator(object arg0) => Format(arg0);
    public string SetupStatusHeading => Get();
    public string SetupYearlyFeeLabel => Get();
    public string SetupStatusDaysBeforeLabel => Get();
    public string SetupStatusMonthlyDayLabel => Get();
    public string SetupStatusError => Get();
    public string SetupStatusLine(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string SetupYearlyFeeNone => Get();
    public string StatusFeeLine(object arg0, object arg1, object arg2, object arg3) => Format(arg0, arg1, arg2, arg3);
    public string StatusFeeNotSet => Get();
    public string SetupBacklogPeriodLabel => Get();
    public string SetupSupportThresholdLabel => Get();
    public string WishAcceptButton => Get();
    public string WishAccepted(object arg0) => Format(arg0);
    public string WishAcceptedText(object arg0, object arg1) => Format(arg0, arg1);
    public string WishAcceptedTitle(object arg0) => Format(arg0);
    public string WishAlreadyItem => Get();
    public string WishAlreadySupported(object arg0, object arg1) => Format(arg0, arg1);
    public string WishClosedAlready => Get();
    public string WishDeclineButton => Get();
    public string WishDeclineNeedsReason => Get();
    public string WishDeclineReasonLabel => Get();
    public string WishDeclined(object arg0) => Format(arg0);
    public string WishDeclinedText(object arg0, object arg1) => Format(arg0, arg1);
    public string WishDeclinedTitle(object arg0) => Format(arg0);
    public string WishFormIntro => Get();
    public string WishFormTitle => Get();
    public string WishImportanceLabel => Get();
    public string WishLine(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string WishListEmpty => Get();
    public string WishListFiltered(object arg0) => Format(arg0);
    public string WishListIntro(object arg0) => Format(arg0);
    public string WishListTitle => Get();
    public string WishMergeButton => Get();
    public string WishMergeLabel => Get();
    public string WishMerged(object arg0, object arg1) => Format(arg0, arg1);
    public string WishMunicipalityError => Get();
    public string WishMunicipalityLabel => Get();
    public string WishNeedError => Get();
    public string WishNeedLabel => Get();
    public string WishNeedPlaceholder => Get();
    public string WishNotFound => Get();
    public string WishNotOpen(object arg0) => Format(arg0);
    public string WishOnBehalfLabel => Get();
    public string WishReady => Get();
    public string WishSave => Get();
    public string WishSaveAnyway => Get();
    public string WishSaved(object arg0, object arg1) => Format(arg0, arg1);
    public string WishSimilarFound => Get();
    public string WishSupport => Get();
    public string WishSupportInstead => Get();
    public string WishSupportOnBehalf => Get();
    public string WishSupported(object arg0, object arg1) => Format(arg0, arg1);
    public string WishTitleError => Get();
    public string WishTitleLabel => Get();
    public string WishTriage => Get();
    public string WishesNext => Get();
    public string WishesPrevious => Get();
    public string WishOpen => Get();
    public string WishOpenManage => Get();
    public string WishRaisedBy => Get();
    public string WishRaisedOn => Get();
    public string PlanSourceWish => Get();
    public string PlanSourceBeyondMandate => Get();
    public string NudgeItemsHeading => Get();
    public string NudgeItemLine(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string GitHubIssueBody(object arg0, object arg1, object arg2, object arg3) => Format(arg0, arg1, arg2, arg3);
    public string WishOnBehalfMarker(object arg0) => Format(arg0);
    public string BudgetPeriodName(Domain.Backlog.BudgetPeriod period) => Lookup($"BudgetPeriod{period}");
    public string ImportanceName(Domain.Backlog.WishImportance importance) => Lookup($"Importance{importance}");
    public string ItemStatusName(Domain.Backlog.ItemStatus status) => Lookup($"ItemStatus{status}");

    /// <summary>A day as this language writes a date: "27. november 2026".</summary>
    public string Day(DateOnly day) => day.ToString(DateFormat, _culture);

    /// <summary>An amount in kroner as the reader writes it: "300.000 kr.", "DKK 300,000".</summary>
    public string Kroner(decimal amount) => string.Format(_culture, Lookup("KronerFormat"), amount.ToString("#,0.##", _culture));

    /// <summary>The context of a decision proposal that sends a backlog item to the steering group.</summary>
    public string EscalationContext(object number, object need, object estimate, object budget, object committed) =>
        string.Format(_culture, Lookup(nameof(EscalationContext)), number, need, estimate, budget, committed);
    public string MinutesGeneralItem => Get();
    public string MinutesFormTitle(object arg0) => Format(arg0);
    public string MinutesFormIntro(object arg0) => Format(arg0);
    public string MinutesTextLabel => Get();
    public string MinutesDecisionsLabel => Get();
    public string MinutesDecisionsPlaceholder => Get();
    public string MinutesSubmit => Get();
    public string AgendaCardTitle(object arg0) => Format(arg0);
    public string AgendaEmpty => Get();
    public string MinutesFileWord => Get();
    public string MinutesPageTitle(object arg0) => Format(arg0);
    public string MinutesFactWrittenBy => Get();
    public string MinutesFactApprovedBy => Get();
    public string MinutesDecisionsLine(object arg0) => Format(arg0);
    public string MinutesFactDecision => Get();
    public string AgendaSendButton => Get();
    public string MinutesWriteButton => Get();
    public string MinutesPublishButton => Get();
    public string AgendaAlreadySent => Get();
    public string AgendaSent(object arg0) => Format(arg0);
    public string MinutesDecisionUnreadable(object arg0, object arg1) => Format(arg0, arg1);
    public string MinutesDecisionUnknown(object arg0, object arg1) => Format(arg0, arg1);
    public string MinutesEmpty => Get();
    public string MinutesTooLong(object arg0) => Format(arg0);
    public string MinutesAwaitingBody => Get();
    public string MinutesAwaitingBodyNumber(object arg0) => Format(arg0);
    public string MinutesDecisionTitle(object arg0, object arg1) => Format(arg0, arg1);
    public string MinutesDecisionProposal => Get();
    public string MinutesProposed(object arg0, object arg1) => Format(arg0, arg1);
    public string MinutesAlreadyPublished => Get();
    public string MinutesNotApproved => Get();
    public string MinutesPublished => Get();
    public string MinutesBeforeMeeting => Get();
    public string MinutesAlreadyApproved => Get();
    public string MinutesNoMeeting => Get();
    public string MinutesBodyName(DecidingBody body) => Lookup($"MinutesBody{body}");
    public string MeetingRepeatLabel => Get();
    public string MeetingRepeatNone => Get();
    public string MeetingFactRepeats => Get();
    public string MeetingRepeatsText(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string ReminderAgendaDueTitle => Get();
    public string ReminderAgendaDueText => Get();
    public string ReminderMinutesDueTitle => Get();
    public string ReminderMinutesDueText => Get();
    public string YearlyWheelTitle(object arg0) => Format(arg0);
    public string YearlyWheelEmpty(object arg0) => Format(arg0);
    public string YearlyWheelMeeting(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string YearlyWheelTask(object arg0, object arg1) => Format(arg0, arg1);
    public string MeetingWheelDayFormat => Get();
    public string YearlyWheelPrevious(object arg0) => Format(arg0);
    public string YearlyWheelNext(object arg0) => Format(arg0);
    public string MeetingRepeatEvery(int months) => Lookup($"MeetingRepeatEvery{months}");
    public string MeetingRepeatPattern(Domain.Meetings.WeekOfMonth week, DayOfWeek day, int months) =>
        string.Format(_culture, Lookup($"MeetingRepeatPattern{months}"), Lookup($"WeekOfMonth{week}"), _culture.DateTimeFormat.GetDayName(day));
    public string Date(DateOnly day) => day.ToString(DateFormat, _culture);
    public string PollSendButton => Get();
    public string PollTitle(object arg0) => Format(arg0);
    public string PollTitleShort => Get();
    public string PollIntro => Get();
    public string PollBooked(object arg0) => Format(arg0);
    public string PollAnswered(object arg0, object arg1) => Format(arg0, arg1);
    public string PollCounts(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string PollYourAnswer => Get();
    public string PollBookSlot(object arg0) => Format(arg0);
    public string PollSend => Get();
    public string PollNotFound => Get();
    public string PollNotInvited => Get();
    public string PollClosed => Get();
    public string PollAnswerKept => Get();
    public string PollTooFewTimes => Get();
    public string PollAlreadySent => Get();
    public string PollSent(object arg0) => Format(arg0);
    public string PollAnswerName(Domain.Meetings.PollAnswer answer) => Lookup($"PollAnswer{answer}");


    // People across communities and their data (issue #13).
    public string PersonalCommunityAbout(object arg0) => Format(arg0);
    public string PersonalCommunityTextAbout(object arg0, object arg1) => Format(arg0, arg1);
    public string PersonalCommunityGone => Get();
    public string PersonalCommunityTitle => Get();
    public string PersonalCommunityIntro => Get();
    public string PersonalCommunityAsk => Get();
    public string PersonalCommunityCurrent(object arg0) => Format(arg0);
    public string PersonalCommunityInTeam(object arg0) => Format(arg0);
    public string PersonalCommunityNone => Get();
    public string PersonalCommunityOnly(object arg0) => Format(arg0);
    public string PersonalCommunityChosen(object arg0) => Format(arg0);
    public string PersonalDataOnlyPersonal => Get();
    public string PersonalDataTitle => Get();
    public string PersonalDataIntro => Get();
    public string PersonalDataEraseTitle => Get();
    public string PersonalDataEraseWhat => Get();
    public string PersonalDataEraseKept => Get();
    public string PersonalDataEraseFinal => Get();
    public string PersonalDataEraseConfirm => Get();
    public string PersonalDataEraseCancel => Get();
    public string PersonalDataEraseCancelled => Get();
    public string PersonalDataErased(object arg0) => Format(arg0);
    public string PersonalDataFormerTitle => Get();
    public string PersonalDataFormerIntro => Get();
    public string PersonalDataFormerNone => Get();
    public string PersonalDataFormerConfirmTitle(object arg0) => Format(arg0);
    public string PersonalDataFormerErased(object arg0, object arg1) => Format(arg0, arg1);
    public string PersonalDataSummaryTitle => Get();
    public string PersonalDataSummaryIntro(object arg0) => Format(arg0);
    public string PersonalDataSummaryNothing => Get();
    public string PersonalFactRolesHeld(object arg0) => Format(arg0);
    public string PersonalFactRoleGranted(object arg0, object arg1) => Format(arg0, arg1);
    public string PersonalFactRoleEnded(object arg0, object arg1) => Format(arg0, arg1);
    public string PersonalFactRoleGivenToOther(object arg0) => Format(arg0);
    public string PersonalFactRoleEndedForOther(object arg0) => Format(arg0);
    public string PersonalFactSomeoneElse => Get();
    public string PersonalFactVote(object arg0, object arg1) => Format(arg0, arg1);
    public string PersonalFactVoteComment(object arg0) => Format(arg0);
    public string PersonalFactVoteChanged(object arg0) => Format(arg0);
    public string PersonalFactDecision(object arg0, object arg1) => Format(arg0, arg1);
    public string PersonalFactDecisionUnknown => Get();
    public string PersonalFactProposed(object arg0, object arg1) => Format(arg0, arg1);
    public string PersonalFactDecisionAction(object arg0, object arg1) => Format(arg0, arg1);
    public string PersonalFactWishRaised(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string PersonalFactSupported(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string PersonalFactSupportedOnBehalf(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string PersonalFactItemChanged(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string PersonalFactOnboardingStarted(object arg0) => Format(arg0);
    public string PersonalFactStepTicked(object arg0, object arg1) => Format(arg0, arg1);
    public string PersonalFactProfessionalContact(object arg0) => Format(arg0);
    public string PersonalFactTechnicalContact(object arg0) => Format(arg0);
    public string PersonalFactMeetingPlanned(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string PersonalFactMeetingInvited(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string PersonalFactPollAnswered => Get();
    public string PersonalFactReportPublished(object arg0) => Format(arg0);
    public string PersonalFactGovernanceMarked(object arg0, object arg1) => Format(arg0, arg1);
    public string PersonalFactBotAdded => Get();
    public string PersonalFactSetupSaved => Get();
    public string PersonalFactPersonalChat => Get();
    public string PersonalFactPersonalChatEnded => Get();
    public string PersonalFactLanguageChosen(object arg0) => Format(arg0);
    public string PersonalFactTeamsLocale(object arg0) => Format(arg0);
    public string PersonalFactCurrentCommunity => Get();
    public string PersonalFactNudgesOn => Get();
    public string PersonalFactNudgesPaused => Get();
    public string PersonalFactNudgesAway(object arg0) => Format(arg0);
    public string PersonalFactNudgesOff => Get();
    public string PersonalFactGreeted => Get();
    public string PersonalFactDialogOwn(object arg0) => Format(arg0);
    public string PersonalFactDialogOther(object arg0) => Format(arg0);
    public string PersonalFactDialogUnknown => Get();
    public string PersonalFactMessages(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string PersonalFactOtherRows(object arg0, object arg1) => Format(arg0, arg1);
    public string PersonalDataJsonFile => Get();
    public string PersonalDataMarkdownFile => Get();
    public string PersonalDataZipName => Get();
    public string PersonalDataFormerRefused(Domain.Communities.ErasurePermission permission) => Lookup($"PersonalDataFormerRefused{permission}");

    /// <summary>What a table holds, in words; the table's own name for one without a text (a table added later).</summary>
    public string PersonalTopicName(Domain.People.PersonalTopic topic) => Lookup($"PersonalTopic{topic}");

    public string PersonalDataTableName(string table) => Resources.GetString($"PersonalDataTable_{table}", _culture) ?? table;

    public string ChannelRoundTitle => Get();
    // Status reports, the governance report and the whole export.
    public string StatusTitleDraft => Get();
    public string StatusTitlePreview => Get();
    public string StatusTitlePublished(object arg0) => Format(arg0);
    public string StatusPeriod(object arg0, object arg1) => Format(arg0, arg1);
    public string StatusNotMarked => Get();
    public string StatusPublishedBy(object arg0, object arg1) => Format(arg0, arg1);
    public string StatusMarkHeading => Get();
    public string StatusMarkLabel => Get();
    public string StatusWhyLabel => Get();
    public string StatusNoteLabel(object arg0) => Format(arg0);
    public string StatusSave => Get();
    public string StatusPublish => Get();
    public string StatusPreview => Get();
    public string StatusPreviewNotice => Get();
    public string StatusPublishToChannel => Get();
    public string StatusBackToDraft => Get();
    public string StatusNoDecisions => Get();
    public string StatusDecisionsTaken(object arg0) => Format(arg0);
    public string StatusNoDecisionsTaken => Get();
    public string StatusDecisionsOpen(object arg0) => Format(arg0);
    public string StatusNoDecisionsOpen => Get();
    public string StatusDeadline(object arg0, object arg1) => Format(arg0, arg1);
    public string StatusNoBacklog => Get();
    public string StatusClassEstimated(object arg0) => Format(arg0);
    public string StatusClassNotEstimated => Get();
    public string StatusClassCommitted(object arg0) => Format(arg0);
    public string StatusBudgetLine(object arg0, object arg1) => Format(arg0, arg1);
    public string StatusNothingCommitted(object arg0) => Format(arg0);
    public string StatusItemsWithStatus(object arg0, object arg1) => Format(arg0, arg1);
    public string StatusNoWishes => Get();
    public string StatusWishesReceived(object arg0) => Format(arg0);
    public string StatusNoWishesReceived => Get();
    public string StatusTopWishes => Get();
    public string StatusNoOnboardings => Get();
    public string StatusOnboardingProgress(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string StatusOnboardingSteps(object arg0, object arg1) => Format(arg0, arg1);
    public string StatusOnboardingOverdue(object arg0) => Format(arg0);
    public string StatusOnboardingGoLive(object arg0) => Format(arg0);
    public string StatusNoMeetings => Get();
    public string StatusMeetingsHeld(object arg0) => Format(arg0);
    public string StatusNoMeetingsHeld => Get();
    public string StatusMeetingsComing(object arg0) => Format(arg0);
    public string StatusNoMeetingsComing => Get();
    public string StatusMoved(object arg0, object arg1) => Format(arg0, arg1);
    public string StatusNoWork => Get();
    public string StatusNoWorkYet => Get();
    public string StatusWorkLine(object arg0, object arg1, object arg2, object arg3) => Format(arg0, arg1, arg2, arg3);
    public string StatusWeeksOverBudget(object arg0) => Format(arg0);
    public string StatusNoWeekOverBudget => Get();
    public string StatusWeek(object arg0) => Format(arg0);
    public string StatusChartBacklogTitle => Get();
    public string StatusChartOnboardingTitle => Get();
    public string StatusChartMustTitle => Get();
    public string StatusChartBacklogAlt(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string StatusChartOnboardingAlt(object arg0) => Format(arg0);
    public string StatusChartMustAlt(object arg0, object arg1) => Format(arg0, arg1);
    public string StatusChartBudget => Get();
    public string StatusChartHours => Get();
    public string StatusChartSteps => Get();
    public string StatusNoneYet => Get();
    public string StatusNotFound(object arg0) => Format(arg0);
    public string StatusNeedsMark => Get();
    public string StatusSaved => Get();
    public string StatusPublishedNotice(object arg0) => Format(arg0);
    public string StatusNoDraft => Get();
    public string StatusDraftReady(object arg0) => Format(arg0);
    public string StatusReportsTitle => Get();
    public string GovernanceTitle => Get();
    public string GovernanceTargetMet(object arg0) => Format(arg0);
    public string GovernanceTargetMissing(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string GovernanceSuggestionsWaiting(object arg0) => Format(arg0);
    public string GovernanceEditHeading => Get();
    public string GovernanceItemLabel => Get();
    public string GovernanceItemError => Get();
    public string GovernanceMarkLabel => Get();
    public string GovernanceEvidenceLabel => Get();
    public string GovernanceLevelLabel => Get();
    public string GovernanceSave => Get();
    public string GovernanceConfirm => Get();
    public string GovernanceHistory => Get();
    public string GovernanceChange(object arg0, object arg1, object arg2) => Format(arg0, arg1, arg2);
    public string GovernanceSuggested(object arg0, object arg1) => Format(arg0, arg1);
    public string GovernanceNobody => Get();
    public string GovernanceSaved(object arg0) => Format(arg0);
    public string GovernanceConfirmed(object arg0) => Format(arg0);
    public string ExportHomeTitle => Get();
    public string ExportHomeIntro => Get();
    public string GovernanceExportColumns => Get();
    public string StatusPeriodHeading => Get();
    public string StatusMarkName(Domain.Status.StatusMark mark) => Lookup($"StatusMark{mark}");
    public string StatusAreaName(Domain.Status.StatusArea area) => Lookup($"StatusArea{area}");
    public string GovernanceMarkName(Domain.Status.GovernanceMark mark) => Lookup($"GovernanceMark{mark}");
    public string GovernanceLevelName(Domain.Status.GovernanceLevel level) => Lookup($"GovernanceLevel{level}");
    public string GovernanceSectionName(Domain.Status.GovernanceSection section) => Lookup($"GovernanceSection{section}");

    /// <summary>The evidence line of an item the bot can back: "GovernanceEvidenceG6" with the names and a count.</summary>
    public string GovernanceEvidence(string itemId, string names, int count) =>
        string.Format(_culture, Lookup($"GovernanceEvidence{itemId}"), names, count);

    internal string Lookup(string key) =>
        Resources.GetString(key, _culture) ?? throw new KeyNotFoundException($"No text '{key}' for {_culture.Name}.");

    private string Get([CallerMemberName] string key = "") => Lookup(key);

    private string Format(object arg0, [CallerMemberName] string key = "") =>
        string.Format(_culture, Lookup(key), arg0);

    private string Format(object arg0, object arg1, [CallerMemberName] string key = "") =>
        string.Format(_culture, Lookup(key), arg0, arg1);

    private string Format(object arg0, object arg1, object arg2, [CallerMemberName] string key = "") =>
        string.Format(_culture, Lookup(key), arg0, arg1, arg2);

    private string Format(object arg0, object arg1, object arg2, object arg3, [CallerMemberName] string key = "") =>
        string.Format(_culture, Lookup(key), arg0, arg1, arg2, arg3);
}
