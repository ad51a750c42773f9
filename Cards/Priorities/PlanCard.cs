using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Cards.Priorities;

/// <summary>
/// The week's plan: MUST, SHOULD and COULD within the hour budget, what does not fit said in words, and — when the MUST
/// work alone exceeds the budget — the numbers and a button for a capacity note to the steering group. With
/// <c>editable</c> each task can be edited or marked done.
/// </summary>
public static class PlanCard
{
    public const string ClassInput = "class";
    public const string EstimateInput = "estimate";
    public const string DueInput = "due";

    /// <param name="now">With <paramref name="editable"/>: tasks marked done within the last day are listed with "Fortryd".</param>
    public static AdaptiveCard Compose(Texts texts, WeeklyPlan plan, IReadOnlyList<CoordinatorTask> tasks, bool editable, Notice? notice = null,
        DateTimeOffset? now = null)
    {
        var body = BodyWith(notice);

        var week = ISOWeek.GetWeekOfYear(plan.WeekStart.ToDateTime(TimeOnly.MinValue));
        body.Add(Title(texts.PlanTitle(week)));
        body.Add(new TextBlock(WeekRange(texts, plan)) { Spacing = Spacing.None });
        body.Add(new TextBlock(texts.PlanBudget(texts.Count(plan.Budget, Unit.Hour), texts.Count(plan.PlannedHours, Unit.Hour), texts.Count(plan.MustHours, Unit.Hour)))
        {
            IsSubtle = true, Spacing = Spacing.None,
        });
        var actions = new List<CardAction>();
        if (plan.MustExceedsBudget)
        {
            body.Add(CardParts.Notice(texts.PlanMustOverflow(texts.Count(plan.MustHours, Unit.Hour), texts.Count(plan.Budget, Unit.Hour)), true));
            if (editable)
            {
                actions.Add(Execute(texts, texts.PlanSendCapacityNote, CardVerbs.CapacityNote) with { AssociatedInputs = AssociatedInputs.None });
            }
        }

        if (plan.Items.Count == 0)
        {
            body.Add(Paragraph(texts.PlanEmpty));
        }

        foreach (var group in plan.Items.GroupBy(i => i.Item.Class))
        {
            body.Add(Subtitle(texts.ClassName(group.Key)));
            foreach (var planned in group.Take(12))
            {
                body.Add(Item(texts, plan, planned, tasks.FirstOrDefault(t => t.Id == planned.Item.Id && planned.Item.Source == PlanSource.Task), editable));
            }
        }

        if (editable && now is { } at && tasks.Where(t => t.CanUndo(at)).ToList() is { Count: > 0 } done)
        {
            body.Add(Subtitle(texts.PlanRecentlyDone));
            foreach (var task in done)
            {
                body.Add(new ColumnSet(
                [
                    new Column([new TextBlock(texts.TaskTitle(task.DefaultKey, task.Title)) { Wrap = true }]) { Width = "stretch" },
                    new Column([new ActionSet([Execute(texts, texts.TaskUndo, CardVerbs.TaskUndo, (CardVerbs.TaskKey, task.Id), WeekOf(plan))
                        with { AssociatedInputs = AssociatedInputs.None }])]) { Width = "auto" },
                ]) { Separator = true });
            }
        }

        if (editable)
        {
            actions.Add(Execute(texts, texts.PlanPreviousWeek, CardVerbs.PlanWeek, (CardVerbs.WeekKey, Monday(plan.WeekStart.AddDays(-7))))
                with { AssociatedInputs = AssociatedInputs.None });
            actions.Add(Execute(texts, texts.PlanNextWeek, CardVerbs.PlanWeek, (CardVerbs.WeekKey, Monday(plan.WeekStart.AddDays(7))))
                with { AssociatedInputs = AssociatedInputs.None });
        }

        return Card(texts, texts.PlanTitle(week), body, actions);
    }

    /// <summary>"30. november 2026 – 6. december 2026": the days the plan covers.</summary>
    public static string WeekRange(Texts texts, WeeklyPlan plan) =>
        texts.PlanWeekRange(plan.WeekStart.ToString(texts.DateFormat, texts.Culture), plan.WeekEnd.ToString(texts.DateFormat, texts.Culture));

    private static (string, string) WeekOf(WeeklyPlan plan) => (CardVerbs.WeekKey, Monday(plan.WeekStart));

    private static string Monday(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>What a plan item is called: a task's title, or what waits for the coordinator.</summary>
    public static string ItemTitle(Texts texts, PlanItem item) => item.Source switch
    {
        PlanSource.Decision => $"{texts.PlanSourceDecision}: {item.Title}",
        PlanSource.Onboarding => $"{texts.PlanSourceOnboarding}: {item.Title} – {texts.StepTitle(item.DefaultKey, item.Detail)}",
        PlanSource.Backlog => $"{(item.DefaultKey == Domain.Backlog.BacklogPlanKeys.BeyondMandate ? texts.PlanSourceBeyondMandate : texts.PlanSourceWish)}: {item.Title}",
        PlanSource.Survey => texts.PlanSourceSurvey(item.Title, item.Detail ?? string.Empty),
        PlanSource.Guide => $"{texts.PlanSourceGuide}: {item.Title}",
        _ => texts.TaskTitle(item.DefaultKey, item.Title),
    };

    public static string When(Texts texts, PlanItem item) => item switch
    {
        { Due: null } => texts.PlanNoDue,
        { Overdue: true } => texts.PlanOverdue(item.Due.Value.ToString(texts.DateFormat, texts.Culture)),
        _ => texts.PlanDue(item.Due!.Value.ToString(texts.DateFormat, texts.Culture)),
    };

    private static Container Item(Texts texts, WeeklyPlan plan, PlannedItem planned, CoordinatorTask? task, bool editable)
    {
        var item = planned.Item;
        var line = texts.PlanItemLine(texts.Number(item.Hours), When(texts, item));
        var items = new List<CardElement>
        {
            new TextBlock(ItemTitle(texts, item)) { Weight = TextWeight.Bolder },
            new TextBlock(planned.Fits ? line : $"{line} · {texts.PlanDoesNotFit}")
            {
                IsSubtle = planned.Fits && !item.Overdue, Color = item.Overdue || !planned.Fits ? TextColor.Attention : null, Spacing = Spacing.None,
            },
        };
        if (editable && task is not null)
        {
            var key = (CardVerbs.TaskKey, task.Id);
            items.Add(new ActionSet(
            [
                Execute(texts, texts.TaskDone, CardVerbs.TaskDone, key, WeekOf(plan)) with { AssociatedInputs = AssociatedInputs.None },
                new ShowCardAction(texts.TaskEdit, SubCard(
                [
                    new ChoiceSetInput(texts.TaskClassLabel, [.. Enum.GetValues<MoscowClass>().Select(c => new Choice(texts.ClassName(c), c.ToString()))])
                    {
                        Id = $"{ClassInput}.{task.Id}", Value = task.Class.ToString(), Style = ChoiceSetStyle.Compact,
                    },
                    new NumberInput(texts.TaskEstimateLabel)
                    {
                        Id = $"{EstimateInput}.{task.Id}", Value = task.EstimateHours, Min = 0, Max = 60, ErrorMessage = texts.TaskEstimateError,
                    },
                    new DateInput(texts.TaskDueLabel)
                    {
                        Id = $"{DueInput}.{task.Id}", Value = (task.NextOpen ?? task.Due).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    },
                ],
                [Execute(texts, texts.TaskSave, CardVerbs.TaskEdit, key, WeekOf(plan))])),
            ]));
        }

        return new Container(items) { Separator = true };
    }
}
