using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Cards.Onboarding;

/// <summary>The coordinator's editor for the onboarding checklist template.</summary>
public static class TemplateCard
{
    public const string TitleInput = "stepTitle";
    public const string OwnerInput = "owner";
    public const string AnchorInput = "anchor";
    public const string OffsetInput = "offset";

    /// <summary>The roles that can own a step: everyone but the two bodies.</summary>
    public static IReadOnlyList<Role> Owners { get; } = [Role.Coordinator, Role.Municipality, Role.Secretariat, Role.Supplier];

    public static AdaptiveCard Compose(Texts texts, ChecklistTemplate template, Notice? notice = null)
    {
        var body = BodyWith(notice);

        body.Add(Title(texts.TemplateTitle));
        body.Add(Paragraph(texts.TemplateIntro));
        for (var i = 0; i < template.Steps.Count; i++)
        {
            var step = template.Steps[i];
            var name = texts.StepTitle(step.DefaultKey, step.Title);
            var key = (CardVerbs.StepKey, step.Key);
            var buttons = new List<CardAction>
            {
                new ShowCardAction(texts.TemplateEdit, SubCard(Inputs(texts, step.Key, name, step.Owner, step.Anchor, step.OffsetDays, required: false),
                    [Execute(texts, texts.TemplateSave, CardVerbs.TemplateChange, key)])),
            };
            if (i > 0)
            {
                buttons.Add(Execute(texts, texts.TemplateMoveUp, CardVerbs.TemplateMoveUp, key) with { AssociatedInputs = AssociatedInputs.None });
            }

            buttons.Add(Execute(texts, texts.TemplateRemove, CardVerbs.TemplateRemove, key) with { AssociatedInputs = AssociatedInputs.None });
            body.Add(new Container(
            [
                TextBlock.Markdown($"{i + 1}. **{name}**"),
                new TextBlock(texts.TemplateStepLine(texts.RoleName(step.Owner), Offset(texts, step), step.IsFollowUp ? texts.FactFollowUp : string.Empty).TrimEnd(' ', '·'))
                {
                    IsSubtle = true, Spacing = Spacing.None,
                },
                new ActionSet(buttons),
            ])
            {
                Separator = true,
            });
        }

        var actions = template.Steps.Count < ChecklistTemplate.MaxSteps
            ? new List<CardAction>
            {
                new ShowCardAction(texts.TemplateAdd, SubCard(Inputs(texts, null, null, Role.Coordinator, StepAnchor.Start, 14, required: true),
                    [Execute(texts, texts.TemplateAdd, CardVerbs.TemplateAdd)])),
            }
            : null;
        return Card(texts, texts.TemplateTitle, body, actions);
    }

    public static string Offset(Texts texts, TemplateStep step) => step.Anchor switch
    {
        StepAnchor.Start => texts.TemplateOffsetStart(texts.Count(step.OffsetDays, Unit.Day)),
        _ when step.OffsetDays < 0 => texts.TemplateOffsetBeforeGoLive(texts.Count(-step.OffsetDays, Unit.Day)),
        _ => texts.TemplateOffsetGoLive(texts.Count(step.OffsetDays, Unit.Day)),
    };

    /// <summary>An input's id within the form of one step (every id on a card must be unique); no step: the form that adds one.</summary>
    public static string InputId(string input, string? stepKey) => stepKey is null ? input : $"{input}.{stepKey}";

    private static List<CardElement> Inputs(Texts texts, string? key, string? title, Role owner, StepAnchor anchor, int offset, bool required) =>
    [
        new TextInput(texts.TemplateStepTitleLabel)
        {
            Id = InputId(TitleInput, key), Value = title, MaxLength = ChecklistTemplate.MaxTitleLength, IsRequired = required ? true : null,
            ErrorMessage = texts.TemplateStepTitleError,
        },
        new ChoiceSetInput(texts.TemplateOwnerLabel, [.. Owners.Select(r => new Choice(texts.RoleName(r), r.ToString()))])
        {
            Id = InputId(OwnerInput, key), Value = owner.ToString(), Style = ChoiceSetStyle.Compact, IsRequired = true, ErrorMessage = texts.TemplateOwnerLabel,
        },
        new ChoiceSetInput(texts.TemplateAnchorLabel,
            [new Choice(texts.TemplateAnchorStart, nameof(StepAnchor.Start)), new Choice(texts.TemplateAnchorGoLive, nameof(StepAnchor.GoLive))])
        {
            Id = InputId(AnchorInput, key), Value = anchor.ToString(), Style = ChoiceSetStyle.Compact, IsRequired = true, ErrorMessage = texts.TemplateAnchorLabel,
        },
        new NumberInput(texts.TemplateOffsetLabel)
        {
            Id = InputId(OffsetInput, key), Value = offset, Min = -365, Max = 365, IsRequired = true, ErrorMessage = texts.TemplateOffsetError,
        },
    ];
}
