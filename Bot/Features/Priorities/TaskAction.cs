using CoordinatorBot.Cards.Localization;
using System.Globalization;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Week;
using CoordinatorBot.Storage.Week;

namespace CoordinatorBot.Bot.Features.Priorities;

/// <summary>The task buttons: create from the form, edit class, estimate and due date, mark done. The coordinator only.</summary>
public sealed class TaskAction(TaskStore tasks, WeekView week, string verb) : ICardAction
{
    public string Verb => verb;

    public bool NeedsCommunity => true;

    public Role? RequiredRole => Role.Coordinator;

    public async Task<Reply> HandleAsync(Turn turn, CardInput input)
    {
        var community = turn.Community!;
        var texts = turn.Texts;
        Notice notice;
        if (verb == CardVerbs.TaskCreate)
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
                return Reply.WithCard(TaskForm.Compose(texts, week.Today(community).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), problem));
            }

            var task = new CoordinatorTask($"t{Guid.NewGuid():N}"[..13], null, title, Parse(input.Text(TaskForm.ClassInput), MoscowClass.Should),
                estimate!.Value, Parse(input.Text(TaskForm.RecurrenceInput), Recurrence.Once), due!.Value, input.Text(TaskForm.LinkInput));
            await tasks.SaveAsync(community.Id, task, turn.CancellationToken);
            notice = new Notice(texts.TaskSaved, false);
        }
        else
        {
            var id = input.Text(CardVerbs.TaskKey);
            var estimate = input.Number($"{PlanCard.EstimateInput}.{id}");
            var due = Date(input.Text($"{PlanCard.DueInput}.{id}"));
            var changed = id is null ? null : await tasks.UpdateAsync(community.Id, id, t => verb == CardVerbs.TaskDone
                ? t.MarkDone()
                : t with
                {
                    Class = Parse(input.Text($"{PlanCard.ClassInput}.{id}"), t.Class),
                    EstimateHours = estimate is >= 0 and <= 60 ? estimate.Value : t.EstimateHours,
                    Due = due is { } d && t.NextOpen != d ? d : t.Due,
                    DoneThrough = due is { } moved && t.NextOpen != moved ? null : t.DoneThrough,
                }, turn.CancellationToken);
            if (changed is null)
            {
                return Reply.WithText(texts.TaskNotFound);
            }

            notice = new Notice(verb == CardVerbs.TaskDone ? texts.TaskMarkedDone(texts.TaskTitle(changed.DefaultKey, changed.Title)) : texts.TaskSaved, false);
        }

        var (plan, all) = await week.PlanAsync(community, turn.CancellationToken);
        return Reply.WithCard(PlanCard.Compose(texts, plan, all, editable: true, notice));
    }

    private static T Parse<T>(string? text, T fallback) where T : struct, Enum =>
        Enum.TryParse<T>(text, out var value) && Enum.IsDefined(value) ? value : fallback;

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
