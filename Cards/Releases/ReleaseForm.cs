using CoordinatorBot.Domain.Releases;

namespace CoordinatorBot.Cards.Releases;

/// <summary>"version ny": the coordinator's form for a release, and the same form again with the reasons when refused.</summary>
public static class ReleaseForm
{
    public const string VersionInput = "version";
    public const string DateInput = "date";
    public const string SummaryInput = "summary";
    public const string NotesInput = "notes";
    public const string DecisionsInput = "decisions";

    public static AdaptiveCard Compose(Texts texts, DateOnly today, ReleaseEntry? entered = null, IReadOnlyList<ReleaseProblem>? problems = null)
    {
        var body = new List<CardElement>();
        if (problems is { Count: > 0 })
        {
            var reasons = problems.Select(p => p switch
            {
                ReleaseProblem.VersionTaken => texts.ReleaseVersionTaken(entered?.Version?.Trim() ?? string.Empty),
                ReleaseProblem.Date => texts.ReleaseDateError,
                ReleaseProblem.Summary => texts.ReleaseSummaryError,
                ReleaseProblem.Notes => texts.ReleaseNotesError,
                ReleaseProblem.UnknownDecision => texts.ReleaseDecisionError,
                _ => texts.ReleaseVersionError,
            });
            body.Add(Notice($"{texts.ReleaseInvalid} {string.Join(" ", reasons)}", isProblem: true));
        }

        body.Add(Title(texts.ReleaseFormTitle));
        body.Add(new TextInput(texts.ReleaseVersionLabel)
        {
            Id = VersionInput, IsRequired = true, ErrorMessage = texts.ReleaseVersionError, MaxLength = TextLimits.ReleaseVersion, Value = entered?.Version,
        });
        body.Add(new Model.DateInput(texts.ReleaseDateLabel)
        {
            Id = DateInput, IsRequired = true, ErrorMessage = texts.ReleaseDateError,
            Max = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Value = (entered?.Date ?? today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        body.Add(new TextInput(texts.ReleaseSummaryLabel)
        {
            Id = SummaryInput, IsRequired = true, ErrorMessage = texts.ReleaseSummaryError, MaxLength = TextLimits.ReleaseSummary, Value = entered?.Summary,
        });
        body.Add(new TextInput(texts.ReleaseNotesLabel)
        {
            Id = NotesInput, IsMultiline = true, MaxLength = TextLimits.ReleaseNotes, Value = entered?.Notes,
        });
        body.Add(new TextInput(texts.ReleaseDecisionsLabel)
        {
            Id = DecisionsInput, MaxLength = TextLimits.ReleaseDecisions, Placeholder = "B-2026-014, B-2026-015",
            Value = entered is { Decisions.Count: > 0 } ? string.Join(", ", entered.Decisions) : null,
        });
        return Card(texts, texts.ReleaseFormTitle, body, [Execute(texts, texts.ReleaseSave, CardVerbs.ReleaseSave)]);
    }
}
