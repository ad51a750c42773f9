using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Cards.Decisions;

/// <summary>The proposal form. Required fields are checked on the card and again on the server.</summary>
public static class DecisionForm
{
    public const string TitleInput = "title";
    public const string TypeInput = "type";
    public const string BodyInput = "body";
    public const string ContextInput = "context";
    public const string ProposalInput = "proposal";
    public const string ConsequencesInput = "consequences";
    public const string ImplementationInput = "implementation";
    public const string RisksInput = "risks";
    public const string DeadlineDateInput = "deadlineDate";
    public const string DeadlineTimeInput = "deadlineTime";
    public const string RuleInput = "rule";
    public const string ParticipationInput = "participation";
    public const string SupersedesInput = "supersedes";

    /// <summary>How much of an older decision's title the "replaces" choices show.</summary>
    public const int SupersedesTitleLength = 60;

    /// <summary>The rule choice that means "the body's own rule".</summary>
    public const string BodyRule = "body";

    /// <summary>What the person entered (to show it again with the problems), as the card's inputs send it.</summary>
    public sealed record Entered(IReadOnlyDictionary<string, string?> Values)
    {
        public string? this[string id] => Values.TryGetValue(id, out var v) ? v : null;
    }

    /// <param name="defaultDate">The suggested deadline date (yyyy-MM-dd, local); <paramref name="defaultTime"/> likewise HH:mm.</param>
    /// <param name="supersedable">Accepted decisions this one may replace.</param>
    public static AdaptiveCard Compose(Texts texts, string timeZoneName, string defaultDate, string defaultTime,
        IReadOnlyList<Decision> supersedable, Entered? entered = null, IReadOnlyCollection<DraftProblem>? problems = null)
    {
        problems ??= [];
        string? V(string id) => entered?[id];
        var body = new List<CardElement>();
        if (problems.Count > 0)
        {
            body.Add(CardParts.Notice($"{texts.DecisionFormInvalid} {string.Join(" ", problems.Select(p => ProblemText(texts, p, entered)))}", true));
        }

        body.Add(Title(texts.DecisionFormTitle));
        body.Add(Paragraph(texts.DecisionFormIntro));
        body.Add(new TextInput(texts.DecisionTitleLabel)
        {
            Id = TitleInput, IsRequired = true, ErrorMessage = texts.DecisionTitleError(TextLimits.DecisionTitle), MaxLength = TextLimits.DecisionTitle, Value = V(TitleInput),
        });
        body.Add(new ChoiceSetInput(texts.DecisionKindLabel, [.. Enum.GetValues<DecisionType>().Where(t => t != DecisionType.Minutes).Select(t => new Choice(texts.TypeName(t), t.ToString()))])
        {
            Id = TypeInput, IsRequired = true, ErrorMessage = texts.DecisionKindError, Style = ChoiceSetStyle.Compact, Value = V(TypeInput),
        });
        body.Add(new ChoiceSetInput(texts.DecisionBodyLabel, [.. Enum.GetValues<DecidingBody>().Select(b => new Choice(texts.BodyName(b), b.ToString()))])
        {
            Id = BodyInput, IsRequired = true, ErrorMessage = texts.DecisionBodyError, Style = ChoiceSetStyle.Compact, Value = V(BodyInput),
        });
        body.Add(LongText(texts.DecisionContextLabel, ContextInput, V(ContextInput), texts.DecisionContextError(TextLimits.DecisionText)));
        body.Add(LongText(texts.DecisionProposalLabel, ProposalInput, V(ProposalInput), texts.DecisionProposalError(TextLimits.DecisionText)));
        body.Add(LongText(texts.DecisionConsequencesLabel, ConsequencesInput, V(ConsequencesInput), null));
        body.Add(LongText(texts.DecisionImplementationLabel, ImplementationInput, V(ImplementationInput), null));
        body.Add(LongText(texts.DecisionRisksLabel, RisksInput, V(RisksInput), null));
        body.Add(new DateInput(texts.DecisionDeadlineDateLabel)
        {
            Id = DeadlineDateInput, IsRequired = true, ErrorMessage = texts.DecisionDeadlineError, Value = V(DeadlineDateInput) ?? defaultDate,
        });
        body.Add(new TimeInput(texts.DecisionDeadlineTimeLabel(timeZoneName))
        {
            Id = DeadlineTimeInput, IsRequired = true, ErrorMessage = texts.DecisionDeadlineError, Value = V(DeadlineTimeInput) ?? defaultTime,
        });
        body.Add(new ChoiceSetInput(texts.DecisionRuleLabel,
            [new Choice(texts.DecisionRuleDefault, BodyRule), .. Enum.GetValues<RuleKind>().Select(r => new Choice(texts.RuleName(new DecisionRule(r)), r.ToString()))])
        {
            Id = RuleInput, Style = ChoiceSetStyle.Compact, Value = V(RuleInput) ?? BodyRule,
        });
        body.Add(new NumberInput(texts.DecisionParticipationLabel)
        {
            Id = ParticipationInput, Min = 0, Max = 100, ErrorMessage = texts.DecisionRuleError,
            Value = decimal.TryParse(V(ParticipationInput), System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : null,
        });
        if (supersedable.Count > 0)
        {
            body.Add(new ChoiceSetInput(texts.DecisionSupersedesLabel,
                [.. supersedable.Take(50).Select(d => new Choice($"{d.Number} · {Clip(d.Draft.Title)}", d.Number.ToString()))])
            {
                Id = SupersedesInput, Style = ChoiceSetStyle.Filtered, Value = V(SupersedesInput),
            });
        }

        return Card(texts, texts.DecisionFormTitle, body, [Execute(texts, texts.DecisionPropose, CardVerbs.ProposeDecision)]);
    }

    // The number identifies the decision; a shortened title is enough to recognise it and keeps 50 choices beside a
    // full form under Teams' 28 KB.
    private static string Clip(string title) => title.Length <= SupersedesTitleLength ? title : $"{title[..(SupersedesTitleLength - 1)].TrimEnd()}…";

    private static TextInput LongText(string label, string id, string? value, string? requiredError) => new(label)
    {
        Id = id,
        IsMultiline = true,
        MaxLength = TextLimits.DecisionText,
        IsRequired = requiredError is null ? null : true,
        ErrorMessage = requiredError,
        Value = value,
    };

    private static string ProblemText(Texts texts, DraftProblem problem, Entered? entered) => problem switch
    {
        DraftProblem.Title => texts.DecisionTitleError(TextLimits.DecisionTitle),
        DraftProblem.Context => texts.DecisionContextError(TextLimits.DecisionText),
        DraftProblem.Proposal => texts.DecisionProposalError(TextLimits.DecisionText),
        DraftProblem.TooLong => TooLongText(texts, entered),
        DraftProblem.Deadline => texts.DecisionDeadlineError,
        DraftProblem.Rule => texts.DecisionRuleError,
        DraftProblem.SupersedesUpward => texts.SupersedeUpward(entered?[SupersedesInput] ?? string.Empty),
        _ => texts.DecisionSupersedesError,
    };

    // Names the optional fields that are too long, so the person knows which one to shorten.
    private static string TooLongText(Texts texts, Entered? entered)
    {
        var fields = new[]
        {
            (ConsequencesInput, texts.DecisionConsequencesLabel), (ImplementationInput, texts.DecisionImplementationLabel),
            (RisksInput, texts.DecisionRisksLabel),
        };
        var tooLong = fields.Where(f => TextLimits.Exceeds(entered?[f.Item1], TextLimits.DecisionText))
            .Select(f => texts.TextTooLong(f.Item2, TextLimits.DecisionText)).ToList();
        return tooLong.Count > 0 ? string.Join(" ", tooLong) : texts.DecisionTooLongError(TextLimits.DecisionText);
    }
}
