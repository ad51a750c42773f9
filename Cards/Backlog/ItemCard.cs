using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Onboarding;
using static CoordinatorBot.Cards.Common.HistoryWords;

namespace CoordinatorBot.Cards.Backlog;

/// <summary>A backlog item: its facts, acceptance criteria, history, and the buttons this person may press.</summary>
public static class ItemCard
{
    public const string CriterionInput = "criterion";
    public const string HoursInput = "itemHours";
    public const string DkkInput = "itemDkk";

    public static AdaptiveCard Compose(Texts texts, ItemView view, Notice? notice = null)
    {
        var item = view.Item;
        var number = item.Number.ToString(CultureInfo.InvariantCulture);
        var body = BodyWith(notice);

        body.Add(Title($"#{item.Number} {item.Title}"));
        var facts = new List<Fact>
        {
            new(texts.FactStatus, texts.ItemStatusName(item.Status)),
            new(texts.ItemClassLabel, texts.ClassName(item.Class)),
            new(texts.FactEstimate, BudgetWords.EstimateText(texts, item.Estimate)),
            new(texts.ItemSupplierLabel, item.Supplier),
            new(texts.FactMunicipalities, texts.JoinList(item.Municipalities.Select(Municipalities.OfficialName))),
        };
        if (item.DecisionNumber is { } decision)
        {
            facts.Add(new Fact(texts.FactDecision, decision));
        }

        if (item.IssueUrl is { } issue)
        {
            facts.Add(new Fact(texts.FactIssue, issue));
        }

        body.Add(new FactSet(facts));
        body.Add(Paragraph(item.Need));
        if (view.BeyondMandate && item.Status == ItemStatus.New)
        {
            body.Add(Notice(item.DecisionNumber is { } waiting ? texts.ItemWaitingForDecision(waiting) : texts.ItemBeyondMandate, isProblem: true));
        }

        body.Add(Subtitle(texts.ItemCriteriaHeading));
        var canDeliver = view.CanMove && ItemLifecycle.SupplierMoves(item.Status).Contains(ItemStatus.Delivered);
        for (var i = 0; i < item.Criteria.Count; i++)
        {
            var criterion = item.Criteria[i];
            body.Add(canDeliver && !criterion.Met
                ? new ToggleInput(texts.ItemCriterionMetLabel, criterion.Text) { Id = $"{CriterionInput}.{i}", ValueOn = "true", ValueOff = "false" }
                : new TextBlock($"{(criterion.Met ? "☑" : "☐")} {criterion.Text}") { Spacing = Spacing.None });
        }

        if (item.Criteria.Count == 0)
        {
            body.Add(new TextBlock(texts.ItemNoCriteria) { IsSubtle = true });
        }

        body.Add(Subtitle(texts.ItemHistoryHeading));
        foreach (var change in item.History.TakeLast(10))
        {
            body.Add(new TextBlock(texts.ItemHistoryLine(texts.DateTime(change.At, view.Zone), change.ByName, ChangeText(texts, change)))
            {
                IsSubtle = true, Spacing = Spacing.None,
            });
        }

        var actions = new List<CardAction>();
        if (view.CanMove)
        {
            foreach (var to in ItemLifecycle.SupplierMoves(item.Status))
            {
                actions.Add(Execute(texts, texts.ItemMoveTo(texts.ItemStatusName(to)), CardVerbs.ItemMove,
                    (CardVerbs.ItemKey, number), (CardVerbs.StatusKey, to.ToString())));
            }

            if (item.Status is not (ItemStatus.Delivered or ItemStatus.Rejected))
            {
                actions.Add(new ShowCardAction(texts.ItemEstimateButton, SubCard(
                [
                    new TextInput(texts.ItemHoursLabel) { Id = HoursInput, MaxLength = TextLimits.NumberText, Value = Number(texts, item.Estimate.Hours) },
                    new TextInput(texts.ItemDkkLabel) { Id = DkkInput, MaxLength = TextLimits.NumberText, Value = Number(texts, item.Estimate.Dkk) },
                ], [Execute(texts, texts.ItemEstimateSave, CardVerbs.ItemEstimate, (CardVerbs.ItemKey, number))])));
            }
        }

        if (view.CanPrioritise && item.Status == ItemStatus.New && !view.BeyondMandate)
        {
            actions.Add(Execute(texts, texts.ItemPrioritiseButton, CardVerbs.ItemPrioritise, (CardVerbs.ItemKey, number)));
        }

        if (view.CanEscalate && item.Status == ItemStatus.New && view.BeyondMandate && item.DecisionNumber is null)
        {
            actions.Add(Execute(texts, texts.ItemEscalateButton, CardVerbs.ItemEscalate, (CardVerbs.ItemKey, number)));
        }

        actions.Add(RunCommand(texts, texts.CommandWords(CommandIds.Backlog)[0], CommandIds.Backlog));
        return Card(texts, $"#{item.Number} {item.Title}", body, actions);
    }

    private static string? Number(Texts texts, decimal? value) => value is { } v ? texts.Number(v) : null;
}
