using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Cards.Priorities;

/// <summary>The weekly nudge: for the coordinator the week's plan with what waits and what is overdue; for a body member only their own.</summary>
public static class NudgeCard
{
    /// <summary>A decision waiting for this person's vote.</summary>
    public sealed record PendingVote(Decision Decision);

    /// <summary>An onboarding step due this week (or overdue) that this person's role owns.</summary>
    public sealed record DueStep(string Municipality, OnboardingStep Step);

    public static AdaptiveCard ForCoordinator(Texts texts, string product, WeeklyPlan plan, IReadOnlyList<PendingVote> votes,
        IReadOnlyList<DueStep> steps, TimeZoneInfo zone, DateOnly today)
    {
        var body = new List<CardElement> { Title(texts.NudgeTitle(product, texts.Culture.DateTimeFormat.GetDayName(today.DayOfWeek))) };
        body.Add(new TextBlock(texts.PlanBudget(texts.Count(plan.Budget, Unit.Hour), texts.Count(plan.PlannedHours, Unit.Hour), texts.Count(plan.MustHours, Unit.Hour))) { IsSubtle = true });
        if (plan.MustExceedsBudget)
        {
            body.Add(CardParts.Notice(texts.PlanMustOverflow(texts.Count(plan.MustHours, Unit.Hour), texts.Count(plan.Budget, Unit.Hour)), true));
        }

        foreach (var group in plan.Items.Where(i => i.Fits).GroupBy(i => i.Item.Class))
        {
            body.Add(Subtitle(texts.ClassName(group.Key)));
            body.Add(new TextBlock(string.Join("\n", group.Take(10).Select(p =>
                $"- {PlanCard.ItemTitle(texts, p.Item)} ({texts.PlanItemLine(texts.Number(p.Item.Hours), PlanCard.When(texts, p.Item))})"))));
        }

        var overdue = plan.Items.Where(i => i.Item.Overdue).Select(i => PlanCard.ItemTitle(texts, i.Item))
            .Concat(steps.Where(s => s.Step.IsOverdue(today)).Select(s => StepName(texts, s))).ToList();
        if (overdue.Count > 0)
        {
            body.Add(Subtitle(texts.NudgeOverdueHeading));
            body.Add(new TextBlock(string.Join("\n", overdue.Take(10).Select(o => $"- {o}"))) { Color = TextColor.Attention });
        }

        AddVotesAndSteps(texts, body, votes, steps, zone);
        body.Add(new TextBlock(texts.NudgeFooter) { IsSubtle = true, Size = TextSize.Small });
        return Card(texts, texts.NudgeTitle(product, texts.Culture.DateTimeFormat.GetDayName(today.DayOfWeek)), body,
            [RunCommand(texts, texts.PlanTitle(System.Globalization.ISOWeek.GetWeekOfYear(plan.WeekStart.ToDateTime(TimeOnly.MinValue))), CommandIds.Tasks),
             RunCommand(texts, texts.ButtonDecisions, CommandIds.Decisions)]);
    }

    /// <param name="sections">What other features add (a supplier's backlog items), each under its heading.</param>
    public static AdaptiveCard ForMember(Texts texts, string product, IReadOnlyList<PendingVote> votes, IReadOnlyList<DueStep> steps, TimeZoneInfo zone,
        IReadOnlyList<NudgeSection>? sections = null)
    {
        sections ??= [];
        var body = new List<CardElement> { Title(texts.NudgeMemberTitle(product)) };
        if (votes.Count == 0 && steps.Count == 0 && sections.Count == 0)
        {
            body.Add(Paragraph(texts.NudgeNothing));
        }

        AddVotesAndSteps(texts, body, votes, steps, zone);
        foreach (var section in sections)
        {
            body.Add(Subtitle(section.Heading));
            body.Add(new TextBlock(string.Join("\n", section.Lines.Take(10).Select(l => $"- {l}"))));
        }
        body.Add(new TextBlock(texts.NudgeFooter) { IsSubtle = true, Size = TextSize.Small });
        return Card(texts, texts.NudgeMemberTitle(product), body, [RunCommand(texts, texts.ButtonDecisions, CommandIds.Decisions)]);
    }

    /// <summary>The reminder 24 hours before a decision's deadline, to a member who has not voted.</summary>
    public static AdaptiveCard Reminder(Texts texts, Decision decision, TimeZoneInfo zone) =>
        Card(texts, texts.ReminderTitle(decision.Number),
            [Title(texts.ReminderTitle(decision.Number)), Paragraph(texts.ReminderText(decision.Draft.Title, texts.DateTime(decision.Draft.Deadline, zone)))],
            [Execute(texts, texts.DecisionsShow, CardVerbs.ShowDecision, (CardVerbs.DecisionKey, decision.Number.ToString()))]);

    private static void AddVotesAndSteps(Texts texts, List<CardElement> body, IReadOnlyList<PendingVote> votes, IReadOnlyList<DueStep> steps, TimeZoneInfo zone)
    {
        if (votes.Count > 0)
        {
            body.Add(Subtitle(texts.NudgeVotesHeading));
            body.Add(new TextBlock(string.Join("\n", votes.Take(10).Select(v =>
                $"- {texts.NudgeVoteLine(v.Decision.Number, v.Decision.Draft.Title, texts.DateTime(v.Decision.Draft.Deadline, zone))}"))));
        }

        if (steps.Count > 0)
        {
            body.Add(Subtitle(texts.NudgeStepsHeading));
            body.Add(new TextBlock(string.Join("\n", steps.Take(10).Select(s => $"- {StepName(texts, s)}"))));
        }
    }

    private static string StepName(Texts texts, DueStep s) =>
        texts.NudgeStepLine(Municipalities.OfficialName(s.Municipality), texts.StepTitle(s.Step.DefaultKey, s.Step.Title),
            s.Step.Due.ToString(texts.DateFormat, texts.Culture));
}
