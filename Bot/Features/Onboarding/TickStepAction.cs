using CoordinatorBot.Cards.Onboarding;
using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Bot.Features.Onboarding;

/// <summary>"Markér som udført" on a checklist step: the step's owner role or the coordinator; the card updates for everyone.</summary>
// The owner of this step, or the coordinator: checked by the checklist's rule.
public sealed class TickStepAction(OnboardingService onboardings, TimeProvider time) : CommunityCardAction<TickStepAction.Input>(CardVerbs.TickStep)
{
    /// <param name="InUse">The follow-up step's answers: is the product in use, and what is missing.</param>
    public sealed record Input(string OnboardingId, string StepKey, string? InUse, string? Missing);

    protected override Input? Read(CardInput input) =>
        input.Text(CardVerbs.OnboardingKey) is { } id && input.Text(CardVerbs.StepKey) is { } key
            ? new Input(id, key, input.Text(ChecklistCard.InUseInput), input.Text(ChecklistCard.MissingInput))
            : null;

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, Input input)
    {
        var community = turn.Community;
        var texts = turn.Texts;
        var key = input.StepKey;
        var followUp = input.InUse is { } inUse ? new FollowUp(inUse == "true", input.Missing, turn.ActorName, time.GetUtcNow()) : null;
        if (Domain.Text.TextLimits.Exceeds(input.Missing, Domain.Text.TextLimits.FollowUpNote))
        {
            return Reply.WithText(texts.TextTooLong(texts.FollowUpMissingLabel, Domain.Text.TextLimits.FollowUpNote));
        }

        var (outcome, onboarding) = await onboardings.TickAsync(community, input.OnboardingId, key, turn.Actor, followUp, turn.CancellationToken);
        if (onboarding is null)
        {
            return Reply.WithText(texts.OnboardingNotFound);
        }

        var step = onboarding.Steps.FirstOrDefault(s => s.Key == key);
        var name = step is null ? key : texts.StepTitle(step.DefaultKey, step.Title);
        var notice = outcome switch
        {
            TickOutcome.Ticked => new Notice(texts.StepTicked(name), false),
            TickOutcome.Completed => new Notice(texts.OnboardingCompletedWelcome(Municipalities.OfficialName(onboarding.Details.Municipality)), false),
            TickOutcome.AlreadyDone => new Notice(texts.StepAlreadyDone(name, step?.DoneByName ?? string.Empty), false),
            TickOutcome.NotOwner => new Notice(NotOwnStep(texts, onboarding, step!, turn.Actor, name), true),
            TickOutcome.FollowUpNeedsAnswers => new Notice(texts.FollowUpNeedsAnswers, true),
            _ => new Notice(texts.ErrorCardOutdated, true),
        };
        return Reply.WithCard(ChecklistCard.Compose(texts, onboarding, onboardings.Today(community), community.Clock.Zone, notice));
    }

    /// <summary>
    /// Why the step is not the person's: someone who holds the municipality or supplier role for another organisation
    /// is told whose step it is, not that they lack a role they hold.
    /// </summary>
    private static string NotOwnStep(Texts texts, Domain.Onboarding.Onboarding onboarding, OnboardingStep step, Member? actor, string name) =>
        OnboardingAuthority.MayTick(onboarding, step, actor) switch
        {
            StepPermission.OtherMunicipality =>
                texts.StepOtherMunicipality(name, Municipalities.OfficialName(onboarding.Details.Municipality)),
            StepPermission.OtherSupplier when onboarding.Details.Supplier is { Length: > 0 } supplier => texts.StepOtherSupplier(name, supplier),
            _ => texts.StepNotOwner(name, texts.RoleName(step.Owner)),
        };
}
