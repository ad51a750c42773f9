namespace CoordinatorBot.Domain.Onboarding;

/// <summary>The checklist's rules, as pure functions.</summary>
public static class OnboardingChecklist
{
    /// <summary>The template's step "professional and technical contact named" (its key stays when it is renamed).</summary>
    public const string ContactsStepKey = "contacts";

    /// <summary>
    /// The municipality's checklist from the template, each due date counted from the start or the go-live and moved to
    /// an office day: back for a step due before the go-live (it must not be late), else forward. The contacts step is
    /// done already when the details name both contacts: the dialog took them, by the person who ran it.
    /// </summary>
    public static Onboarding Create(string id, ChecklistTemplate template, OnboardingDetails details, DateOnly start, string createdByName,
        DateTimeOffset now) => new()
    {
        Id = id,
        Details = details,
        Start = start,
        CreatedByName = createdByName,
        CreatedAt = now,
        Steps = [.. template.Steps.Select(s => Started(new OnboardingStep(s.Key, s.DefaultKey, s.Title, s.Owner, Due(s, start, details.GoLive), s.IsFollowUp),
            details, createdByName, now))],
    };

    private static OnboardingStep Started(OnboardingStep step, OnboardingDetails details, string createdByName, DateTimeOffset now) =>
        step.Key == ContactsStepKey && !step.IsFollowUp && Named(details.ProfessionalContact) && Named(details.TechnicalContact)
            ? step with { DoneByName = createdByName, DoneAt = now }
            : step;

    private static bool Named(Contact contact) => !string.IsNullOrWhiteSpace(contact.Name);

    private static DateOnly Due(TemplateStep step, DateOnly start, DateOnly goLive) =>
        step.Anchor == StepAnchor.GoLive && step.OffsetDays <= 0
            ? Priorities.OfficeDays.OnOrBefore(goLive.AddDays(step.OffsetDays))
            : Priorities.OfficeDays.OnOrAfter((step.Anchor == StepAnchor.Start ? start : goLive).AddDays(step.OffsetDays));

    /// <summary>
    /// Ticks a step. Ticking a done step changes nothing (so two people ticking at once record it once); the follow-up
    /// step is ticked with its answers; the last step completes the onboarding.
    /// </summary>
    public static (TickOutcome Outcome, Onboarding Result) Tick(Onboarding onboarding, string key, Member? actor, DateTimeOffset now,
        FollowUp? followUp = null)
    {
        var step = onboarding.Steps.FirstOrDefault(s => s.Key == key);
        if (step is null)
        {
            return (TickOutcome.UnknownStep, onboarding);
        }

        // Every refusal reads as "not yours" here; OnboardingAuthority.MayTick says which, for a more precise answer.
        if (OnboardingAuthority.MayTick(onboarding, step, actor) != StepPermission.Allowed)
        {
            return (TickOutcome.NotOwner, onboarding);
        }

        if (step.IsDone)
        {
            return (TickOutcome.AlreadyDone, onboarding);
        }

        if (step.IsFollowUp && followUp is null)
        {
            return (TickOutcome.FollowUpNeedsAnswers, onboarding);
        }

        var steps = onboarding.Steps.Select(s => s.Key == key ? s with { DoneByName = actor!.Name, DoneAt = now } : s).ToList();
        var next = onboarding with { Steps = steps, FollowUp = step.IsFollowUp ? followUp : onboarding.FollowUp };
        return next.Steps.All(s => s.IsDone)
            ? (TickOutcome.Completed, next with { CompletedAt = now })
            : (TickOutcome.Ticked, next);
    }
}
