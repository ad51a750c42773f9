using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Cards.Onboarding;

/// <summary>Every municipality in onboarding: progress and the next step, overdue said in words; then the completed ones.</summary>
public static class OnboardingStatusCard
{
    public static AdaptiveCard Compose(Texts texts, IReadOnlyList<Domain.Onboarding.Onboarding> onboardings, DateOnly today)
    {
        var body = new List<CardElement> { Title(texts.OnboardingStatusTitle) };
        var open = onboardings.Where(o => !o.IsCompleted).OrderBy(o => o.Details.GoLive).ToList();
        if (open.Count == 0)
        {
            body.Add(Paragraph(texts.OnboardingStatusEmpty));
        }

        foreach (var o in open.Take(15))
        {
            var next = o.NextStep!;
            var due = next.Due.ToString(texts.DateFormat, texts.Culture);
            // The owner is named once, with the step; the line below says when.
            body.Add(new Container(
            [
                TextBlock.Markdown($"**{Municipalities.OfficialName(o.Details.Municipality)}** · {texts.ChecklistProgress(o.Done, o.Steps.Count)}"),
                new TextBlock(texts.OnboardingStatusNext($"{texts.StepTitle(next.DefaultKey, next.Title)} ({texts.RoleName(next.Owner)})"))
                {
                    Spacing = Spacing.None,
                },
                new TextBlock(next.IsOverdue(today) ? texts.StepOverdue(due) : texts.StepDueOn(due))
                {
                    Spacing = Spacing.None, IsSubtle = !next.IsOverdue(today), Color = next.IsOverdue(today) ? TextColor.Attention : null,
                },
            ])
            {
                Separator = true,
            });
        }

        var completed = onboardings.Where(o => o.IsCompleted).OrderByDescending(o => o.CompletedAt).Take(10).ToList();
        if (completed.Count > 0)
        {
            body.Add(Subtitle(texts.OnboardingStatusCompletedHeading));
            body.Add(new TextBlock(string.Join(", ", completed.Select(o => Municipalities.OfficialName(o.Details.Municipality)))));
        }

        return Card(texts, texts.OnboardingStatusTitle, body);
    }
}
