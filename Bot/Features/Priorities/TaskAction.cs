using CoordinatorBot.Cards.Priorities;
using CoordinatorBot.Domain.Priorities;
using CoordinatorBot.Storage.Priorities;

namespace CoordinatorBot.Bot.Features.Priorities;

/// <summary>The task buttons: create from the form, edit class, estimate and due date, mark done. The coordinator only.</summary>
[ForVerbs(CardVerbs.TaskCreate, CardVerbs.TaskEdit, CardVerbs.TaskDone, CardVerbs.TaskUndo)]
public sealed class TaskAction(TaskStore tasks, WeekView week, TimeProvider time, string verb) : CommunityFormAction(verb, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var community = turn.Community;
        var texts = turn.Texts;
        var now = time.GetUtcNow();
        Notice notice;
        var shown = Date(input.Text(CardVerbs.WeekKey));
        if (Verb == CardVerbs.TaskCreate)
        {
            var title = input.Text(TaskForm.TitleInput);
            var estimate = input.Number(TaskForm.EstimateInput);
            var due = Date(input.Text(TaskForm.DueInput));
            var problem = title is null || Domain.Text.TextLimits.Exceeds(title, Domain.Text.TextLimits.TaskTitle) ? texts.TaskTitleError
                : Domain.Text.TextLimits.Exceeds(input.Text(TaskForm.LinkInput), Domain.Text.TextLimits.TaskLink) ? texts.TextTooLong(texts.TaskLinkLabel, Domain.Text.TextLimits.TaskLink)
                : estimate is not (>= 0 and <= 60) ? texts.TaskEstimateError
                : due is null ? texts.TaskDueError
                : null;
            if (problem is not null)
            {
                return Reply.WithCard(TaskForm.Compose(texts, week.DefaultDue(community).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), problem));
            }

            var task = new CoordinatorTask($"t{Guid.NewGuid():N}"[..13], null, title, Parse(input.Text(TaskForm.ClassInput), MoscowClass.Should),
                estimate!.Value, Parse(input.Text(TaskForm.RecurrenceInput), Recurrence.Once), due!.Value, input.Text(TaskForm.LinkInput));
            await tasks.SaveAsync(community.Id, task, turn.CancellationToken);

            // Show the week the new task is in, and say which it is: it may well not be the week on the screen.
            shown = WeeklyPlan.MondayOf(task.Due);
            var range = PlanCard.WeekRange(texts, WeeklyPlan.Build(shown.Value, 0, [], []));
            notice = new Notice(texts.TaskSavedInWeek(ISOWeek.GetWeekOfYear(shown.Value.ToDateTime(TimeOnly.MinValue)), range), false);
        }
        else
        {
            var id = input.Text(CardVerbs.TaskKey);
            var estimate = input.Number($"{PlanCard.EstimateInput}.{id}");
            var due = Date(input.Text($"{PlanCard.DueInput}.{id}"));
            var tooLate = false;
            var changed = id is null ? null : await tasks.UpdateAsync(community.Id, id, t => Verb switch
            {
                CardVerbs.TaskDone => t.MarkDone(now),
                CardVerbs.TaskUndo => t.Undo(now) ?? Refused(out tooLate, t),
                _ => t with
                {
                    Class = Parse(input.Text($"{PlanCard.ClassInput}.{id}"), t.Class),
                    EstimateHours = estimate is >= 0 and <= 60 ? estimate.Value : t.EstimateHours,
                    Due = due is { } d && t.NextOpen != d ? d : t.Due,
                    DoneThrough = due is { } moved && t.NextOpen != moved ? null : t.DoneThrough,
                },
            }, turn.CancellationToken);
            if (changed is null)
            {
                return Reply.WithText(texts.TaskNotFound);
            }

            var name = texts.TaskTitle(changed.DefaultKey, changed.Title);
            notice = Verb switch
            {
                CardVerbs.TaskDone => new Notice(texts.TaskMarkedDone(name), false),
                CardVerbs.TaskUndo when tooLate => new Notice(texts.TaskUndoTooLate(name), true),
                CardVerbs.TaskUndo => new Notice(texts.TaskUndone(name), false),
                _ => new Notice(texts.TaskSaved, false),
            };
        }

        var (plan, all) = await week.PlanAsync(community, turn.CancellationToken, shown);
        return Reply.WithCard(PlanCard.Compose(texts, plan, all, editable: true, notice, now));
    }

    /// <summary>Leaves the task as it is, noting that the undo came too late.</summary>
    private static CoordinatorTask Refused(out bool tooLate, CoordinatorTask task)
    {
        tooLate = true;
        return task;
    }

    private static T Parse<T>(string? text, T fallback) where T : struct, Enum =>
        Enum.TryParse<T>(text, out var value) && Enum.IsDefined(value) ? value : fallback;

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
