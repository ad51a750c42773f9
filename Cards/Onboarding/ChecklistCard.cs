using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Cards.Onboarding;

/// <summary>
/// One municipality's living checklist: progress, and each step with its owner, due date and state in words (done by
/// whom and when, overdue, or open), with a button to mark it done. The follow-up step asks its questions first.
/// </summary>
public static class ChecklistCard
{
    public const string InUseInput = "inUse";
    public const string MissingInput = "missing";

    public static AdaptiveCard Compose(Texts texts, Domain.Onboarding.Onboarding onboarding, DateOnly today, TimeZoneInfo zone, Notice? notice = null)
    {
        var d = onboarding.Details;
        var title = texts.ChecklistTitle(Municipalities.OfficialName(d.Municipality));
        var body = BodyWith(notice);

        body.Add(Title(title));
        body.Add(new TextBlock(onboarding.IsCompleted ? texts.ChecklistCompleted : texts.ChecklistProgress(onboarding.Done, onboarding.Steps.Count))
        {
            Weight = TextWeight.Bolder, Color = onboarding.IsCompleted ? TextColor.Good : TextColor.Accent, Spacing = Spacing.None,
        });
        var facts = new List<Fact>
        {
            new(texts.FactMembershipModel, texts.ModelName(d.Model)),
            new(texts.FactProfessionalContact, Contact(d.ProfessionalContact)),
            new(texts.FactTechnicalContact, Contact(d.TechnicalContact)),
            new(texts.FactSupplier, d.Supplier),
            new(texts.FactGoLive, Date(texts, d.GoLive)),
        };
        if (onboarding.FollowUp is { } f)
        {
            facts.Add(new Fact(texts.FactFollowUp, texts.FollowUpInUse(f.InUse ? texts.DialogYes : texts.DialogNo, f.Missing ?? "–")));
        }

        body.Add(new FactSet(facts));
        foreach (var step in onboarding.Steps)
        {
            body.Add(Step(texts, onboarding, step, today, zone));
        }

        return Card(texts, title, body);
    }

    private static Container Step(Texts texts, Domain.Onboarding.Onboarding onboarding, OnboardingStep step, DateOnly today, TimeZoneInfo zone)
    {
        var name = texts.StepTitle(step.DefaultKey, step.Title);
        var (state, color) = step switch
        {
            { IsDone: true } => (texts.StepDone(step.DoneByName ?? string.Empty, texts.Date(step.DoneAt!.Value, zone)), TextColor.Good),
            _ when step.IsOverdue(today) => (texts.StepOverdue(Date(texts, step.Due)), TextColor.Attention),
            _ => (texts.StepOpen, TextColor.Default),
        };
        var items = new List<CardElement>
        {
            TextBlock.Markdown($"{(step.IsDone ? "✔" : "☐")} **{name}**"),
            new TextBlock(texts.StepOwnerDue(texts.RoleName(step.Owner), Date(texts, step.Due))) { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock(state) { Color = color, Weight = step.IsOverdue(today) ? TextWeight.Bolder : null, Spacing = Spacing.None },
        };
        if (!step.IsDone)
        {
            var tick = Execute(texts, texts.StepTick, CardVerbs.TickStep, (CardVerbs.OnboardingKey, onboarding.Id), (CardVerbs.StepKey, step.Key));
            items.Add(step.IsFollowUp
                ? new ActionSet([new ShowCardAction(texts.StepTick, SubCard(
                [
                    new ChoiceSetInput(texts.FollowUpInUseLabel, [new Choice(texts.DialogYes, "true"), new Choice(texts.DialogNo, "false")])
                    {
                        Id = InUseInput, IsRequired = true, ErrorMessage = texts.FollowUpNeedsAnswers, Style = ChoiceSetStyle.Expanded,
                    },
                    new TextInput(texts.FollowUpMissingLabel) { Id = MissingInput, IsMultiline = true, MaxLength = Domain.Text.TextLimits.FollowUpNote },
                ],
                [tick]))])
                : new ActionSet([tick]));
        }

        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }

    private static string Contact(Contact c) => c.Email is { } email ? $"{c.Name} ({email})" : c.Name;

    private static string Date(Texts texts, DateOnly date) => date.ToString(texts.DateFormat, texts.Culture);
}
