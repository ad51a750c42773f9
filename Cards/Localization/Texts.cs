using System.Globalization;
using System.Resources;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Cards.Localization;

/// <summary>
/// Every text a person reads, in one language. The texts live in Texts.resx (Danish, the default) and
/// Texts.en.resx (English); a property's name is its resource key.
/// </summary>
public sealed partial class Texts
{
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

    public string ClassName(Domain.Week.MoscowClass moscow) => Lookup($"Moscow{moscow}");

    public string RecurrenceName(Domain.Week.Recurrence recurrence) => Lookup($"Recurrence{recurrence}");

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


    /// <summary>A language's name as its speakers write it ("Dansk", "English"), the same in both languages.</summary>
    public string LanguageName(string code) => Lookup($"LanguageName_{code}");

    /// <summary>A time of day in this language's one written form: "kl. 08.00", "08:00".</summary>
    public string Clock(TimeOnly time) =>
        Language == Language.Danish ? Domain.Input.DanishTime.Format(time) : time.ToString("HH:mm", CultureInfo.InvariantCulture);
    public string SearchKindName(Domain.Search.RecordKind kind) => Lookup($"SearchKind{kind}");
    public string SearchWishStatusName(Domain.Backlog.WishStatus status) => Lookup($"SearchWishStatus{status}");




    // Meetings
    public string MeetingKindName(Domain.Meetings.MeetingKind kind) => Lookup($"MeetingKind{kind}");
    public string MeetingStatusName(Domain.Meetings.MeetingStatus status) => Lookup($"MeetingStatus{status}");

    /// <summary>
    /// The meeting as headings name it: "Styregruppemøde: Decembermøde", or the title alone when it says the kind
    /// already ("Styregruppemøde – januar 2027"), so that nothing is said twice.
    /// </summary>
    public string MeetingName(Domain.Meetings.MeetingKind kind, string title) =>
        Domain.Meetings.MeetingTitle.NamesKind(kind, title) ? title : MeetingCardTitle(MeetingKindName(kind), title);

    // Backlog and wishes.
    public string BudgetPeriodName(Domain.Backlog.BudgetPeriod period) => Lookup($"BudgetPeriod{period}");
    public string ImportanceName(Domain.Backlog.WishImportance importance) => Lookup($"Importance{importance}");
    public string ItemStatusName(Domain.Backlog.ItemStatus status) => Lookup($"ItemStatus{status}");

    /// <summary>A day as this language writes a date: "27. november 2026".</summary>
    public string Day(DateOnly day) => day.ToString(DateFormat, _culture);

    /// <summary>An amount in kroner as the reader writes it: "300.000 kr.", "DKK 300,000".</summary>
    public string Kroner(decimal amount) => string.Format(_culture, Lookup("KronerFormat"), amount.ToString("#,0.##", _culture));

    public string MinutesBodyName(DecidingBody body) => Lookup($"MinutesBody{body}");
    public string MeetingRepeatEvery(int months) => Lookup($"MeetingRepeatEvery{months}");
    public string MeetingRepeatPattern(Domain.Meetings.WeekOfMonth week, DayOfWeek day, int months) =>
        string.Format(_culture, Lookup($"MeetingRepeatPattern{months}"), Lookup($"WeekOfMonth{week}"), _culture.DateTimeFormat.GetDayName(day));
    public string Date(DateOnly day) => day.ToString(DateFormat, _culture);
    public string PollAnswerName(Domain.Meetings.PollAnswer answer) => Lookup($"PollAnswer{answer}");


    // People across communities and their data (issue #13).
    public string PersonalDataFormerRefused(Domain.Communities.ErasurePermission permission) => Lookup($"PersonalDataFormerRefused{permission}");

    /// <summary>What a table holds, in words; the table's own name for one without a text (a table added later).</summary>
    public string PersonalTopicName(Domain.People.PersonalTopic topic) => Lookup($"PersonalTopic{topic}");

    public string PersonalDataTableName(string table) => Find($"PersonalDataTable_{table}") ?? table;

    // Status reports, the governance report and the whole export.
    public string StatusMarkName(Domain.Status.StatusMark mark) => Lookup($"StatusMark{mark}");
    public string StatusAreaName(Domain.Status.StatusArea area) => Lookup($"StatusArea{area}");
    public string GovernanceMarkName(Domain.Governance.GovernanceMark mark) => Lookup($"GovernanceMark{mark}");
    public string GovernanceLevelName(Domain.Governance.GovernanceLevel level) => Lookup($"GovernanceLevel{level}");
    public string GovernanceSectionName(Domain.Governance.GovernanceSection section) => Lookup($"GovernanceSection{section}");

    /// <summary>The evidence line of an item the bot can back: "GovernanceEvidenceG6" with the names and a count.</summary>
    public string GovernanceEvidence(string itemId, string names, int count) =>
        string.Format(_culture, Lookup($"GovernanceEvidence{itemId}"), names, count);

    internal string Lookup(string key) => Find(key) ?? throw new KeyNotFoundException($"No text '{key}' for {_culture.Name}.");

    private string? Find(string key) => Files.Select(f => f.Resources.GetString(key, _culture)).FirstOrDefault(t => t is not null);
}
