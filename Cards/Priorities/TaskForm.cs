using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Cards.Priorities;

/// <summary>A new task: title, MoSCoW class, estimate, recurrence, (first) due date and an optional link.</summary>
public static class TaskForm
{
    public const string TitleInput = "taskTitle";
    public const string ClassInput = "class";
    public const string EstimateInput = "estimate";
    public const string RecurrenceInput = "recurrence";
    public const string DueInput = "due";
    public const string LinkInput = "link";

    public static AdaptiveCard Compose(Texts texts, string defaultDue, string? problem = null)
    {
        var body = new List<CardElement>();
        if (problem is not null)
        {
            body.Add(CardParts.Notice(problem, true));
        }

        body.Add(Title(texts.TaskFormTitle));
        body.Add(new TextInput(texts.TaskTitleLabel)
        {
            Id = TitleInput, IsRequired = true, ErrorMessage = texts.TaskTitleError, MaxLength = CoordinatorTask.MaxTitleLength,
        });
        body.Add(new ChoiceSetInput(texts.TaskClassLabel, [.. Enum.GetValues<MoscowClass>().Select(c => new Choice(texts.ClassName(c), c.ToString()))])
        {
            Id = ClassInput, IsRequired = true, ErrorMessage = texts.TaskClassLabel, Style = ChoiceSetStyle.Compact, Value = nameof(MoscowClass.Should),
        });
        body.Add(new NumberInput(texts.TaskEstimateLabel) { Id = EstimateInput, IsRequired = true, ErrorMessage = texts.TaskEstimateError, Min = 0, Max = 60, Value = 1 });
        body.Add(new ChoiceSetInput(texts.TaskRecurrenceLabel, [.. Enum.GetValues<Recurrence>().Select(r => new Choice(texts.RecurrenceName(r), r.ToString()))])
        {
            Id = RecurrenceInput, IsRequired = true, ErrorMessage = texts.TaskRecurrenceLabel, Style = ChoiceSetStyle.Compact, Value = nameof(Recurrence.Once),
        });
        body.Add(new DateInput(texts.TaskDueLabel) { Id = DueInput, IsRequired = true, ErrorMessage = texts.TaskDueError, Value = defaultDue });
        body.Add(new TextInput(texts.TaskLinkLabel) { Id = LinkInput, MaxLength = Domain.Text.TextLimits.TaskLink });
        return Card(texts, texts.TaskFormTitle, body, [Execute(texts, texts.TaskSave, CardVerbs.TaskCreate)]);
    }
}
