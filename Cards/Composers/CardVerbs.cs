namespace CoordinatorBot.Cards.Composers;

/// <summary>The verbs our cards send back, and the data keys they carry.</summary>
public static class CardVerbs
{
    /// <summary>Runs a command as if the person had typed it; data: <see cref="CommandKey"/>.</summary>
    public const string RunCommand = "command.run";
    public const string SaveSetup = "setup.save";
    public const string AssignRole = "roles.assign";
    public const string RemoveRole = "roles.remove";
    public const string ProposeDecision = "decision.propose";
    public const string Vote = "decision.vote";
    public const string RefreshDecision = "decision.refresh";
    public const string CloseDecision = "decision.close";
    public const string ShowDecision = "decision.show";
    public const string DecisionsPage = "decisions.page";
    public const string DialogAnswer = "dialog.answer";
    public const string DialogBack = "dialog.back";
    public const string DialogCancel = "dialog.cancel";
    public const string TickStep = "onboarding.tick";
    public const string TemplateAdd = "template.add";
    public const string TemplateChange = "template.change";
    public const string TemplateMoveUp = "template.moveup";
    public const string TemplateRemove = "template.remove";
    public const string TaskCreate = "task.create";
    public const string TaskEdit = "task.edit";
    public const string TaskDone = "task.done";
    public const string TaskUndo = "task.undo";
    public const string PlanWeek = "plan.week";
    public const string CapacityNote = "plan.capacity";
    public const string MeetingSuggest = "meeting.suggest";
    public const string MeetingBook = "meeting.book";
    public const string MeetingMove = "meeting.move";
    public const string MeetingCancel = "meeting.cancel";
    public const string MeetingResponses = "meeting.responses";
    public const string MeetingCalendarFile = "meeting.ics";
    public const string MeetingShow = "meeting.show";
    public const string MeetingAgenda = "meeting.agenda";
    public const string MeetingMinutesForm = "meeting.minutesform";
    public const string MeetingMinutes = "meeting.minutes";
    public const string MeetingPublish = "meeting.publish";
    public const string MeetingPollSend = "meeting.pollsend";
    public const string MeetingPollAnswer = "meeting.pollanswer";
    public const string MeetingPollRefresh = "meeting.pollrefresh";
    public const string MeetingPollBook = "meeting.pollbook";

    /// <summary>The yearly wheel of another year; data: <see cref="YearKey"/>.</summary>
    public const string YearlyWheelYear = "wheel.year";
    public const string YearKey = "year";

    /// <summary>The candidate times a poll is sent with: instants (ISO 8601) separated by spaces.</summary>
    public const string SlotsKey = "slots";

    // Backlog and wishes.
    public const string WishSave = "wish.save";
    public const string WishSupport = "wish.support";
    public const string WishesPage = "wishes.page";
    public const string WishAccept = "wish.accept";
    public const string WishDecline = "wish.decline";
    public const string WishMerge = "wish.merge";
    public const string WishShow = "wish.show";
    public const string ItemShow = "item.show";
    public const string ItemMove = "item.move";
    public const string ItemEstimate = "item.estimate";
    public const string ItemPrioritise = "item.prioritise";
    public const string ItemEscalate = "item.escalate";

    public const string VerbKey = "verb";
    public const string CommandKey = "command";

    /// <summary>With the value <see cref="AnswerAsNewMessage"/>: the answer comes as a new message, and the card stays.</summary>
    public const string AnswerKey = "answer";
    public const string AnswerAsNewMessage = "new";
    public const string DecisionKey = "decision";
    public const string ChoiceKey = "choice";
    public const string PageKey = "page";
    public const string FilterKey = "filter";
    public const string OnboardingKey = "onboarding";
    public const string StepKey = "step";
    public const string TaskKey = "task";
    public const string WeekKey = "week";
    public const string MeetingKey = "meeting";

    /// <summary>The meeting form's own id: the meeting it books, so that pressing "book" twice books once.</summary>
    public const string MeetingFormKey = "meetingForm";

    /// <summary>A suggested time's start (an instant, ISO 8601) on its "book" button.</summary>
    public const string SlotKey = "slot";
    public const string WishKey = "wish";
    public const string ItemKey = "item";
    public const string StatusKey = "status";
    public const string ForceKey = "force";

    /// <summary>The language the card was written in, so that the answer keeps it.</summary>
    public const string LanguageKey = "lang";

    // People across communities and their data (issue #13).
    /// <summary>Makes a community the personal chat's current one; data: <see cref="CommunityKey"/>, optionally the
    /// <see cref="CommandKey"/> and <see cref="ArgumentsKey"/> to run there.</summary>
    public const string CommunityChoose = "community.choose";
    public const string DataErase = "data.erase";
    public const string DataEraseFormer = "data.erase.former";
    public const string DataEraseFormerConfirm = "data.erase.former.confirm";

    /// <summary>The erasure confirmations' "no": the card says nothing was erased, with nothing left to press.</summary>
    public const string DataEraseCancel = "data.erase.cancel";

    /// <summary>The community a button in a personal chat is about; checked against the presser's roles on each press.</summary>
    public const string CommunityKey = "community";
    public const string ArgumentsKey = "args";

    /// <summary>The person a coordinator's erasure is about (the target, never the actor).</summary>
    public const string PersonKey = "person";
    // Status and governance reports.
    public const string StatusSave = "status.save";
    public const string StatusPublish = "status.publish";

    /// <summary>Keeps the draft's mark and shows the report as it will be posted, with the button that posts it.</summary>
    public const string StatusPreview = "status.preview";
    public const string GovernanceSave = "governance.save";
    public const string GovernanceConfirm = "governance.confirm";
    public const string GovernanceSection = "governance.section";
    public const string SectionKey = "section";
}
