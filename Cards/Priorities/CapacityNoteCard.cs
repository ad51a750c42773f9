using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Cards.Priorities;

/// <summary>The note to the steering group when the MUST work does not fit the coordinator's hours.</summary>
public static class CapacityNoteCard
{
    public static AdaptiveCard Compose(Texts texts, WeeklyPlan plan, IReadOnlyList<Member> steeringGroup)
    {
        var week = System.Globalization.ISOWeek.GetWeekOfYear(plan.WeekStart.ToDateTime(TimeOnly.MinValue));
        var mentioned = steeringGroup.Where(m => m.TeamsUserId is not null).ToList();
        var body = new List<CardElement> { Title(texts.CapacityNoteTitle) };
        if (mentioned.Count > 0)
        {
            body.Add(new TextBlock(string.Join(", ", mentioned.Select(m => $"<at>{m.Name}</at>"))));
        }

        body.Add(Paragraph(texts.CapacityNoteText(week, texts.Count(plan.MustHours, Unit.Hour), texts.Count(plan.Budget, Unit.Hour))));
        body.Add(new TextBlock(string.Join("\n", plan.Items.Where(i => i.Item.Class == MoscowClass.Must)
            .Select(i => $"- {PlanCard.ItemTitle(texts, i.Item)} ({texts.Number(i.Item.Hours)})"))) { IsSubtle = true });
        var card = Card(texts, texts.CapacityNoteTitle, body);
        return mentioned.Count == 0 ? card : card with { Teams = new TeamsCardProperties([.. mentioned.Select(m => CardMention.Of(m.TeamsUserId!, m.Name))]) };
    }
}
