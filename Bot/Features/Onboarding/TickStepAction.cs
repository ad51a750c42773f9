using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Bot.Features.Onboarding;

/// <summary>"Markér som udført" on a checklist step: the step's owner role or the coordinator; the card updates for everyone.</summary>
public sealed class TickStepAction(OnboardingService onboardings, CommunityAccess access, TimeProvider time) : ICardAction
{
    public string Verb => CardVerbs.TickStep;

    public bool NeedsCommunity => true;

    // The owner of this step, or the coordinator: checked by the checklist's rule.
    public Role? RequiredRole => null;

    public async Task<Reply> HandleAsync(Turn turn, CardInput input)
    {
        var community = turn.Community!;
        var texts = turn.Texts;
        if (input.Text(CardVerbs.OnboardingKey) is not { } id || input.Text(CardVerbs.StepKey) is not { } key)
        {
            return Reply.WithText(texts.ErrorCardOutdated);
        }

        var actor = await access.MemberAsync(community.Id, turn.ActorId, turn.CancellationToken);
        var followUp = input.Text(ChecklistCard.InUseInput) is { } inUse
            ? new FollowUp(inUse == "true", input.Text(ChecklistCard.MissingInput), turn.ActorName, time.GetUtcNow())
            : null;
        if (Domain.Text.TextLimits.Exceeds(followUp?.Missing, Domain.Text.TextLimits.FollowUpNote))
        {
            return Reply.WithText(texts.TextTooLong(texts.FollowUpMissingLabel, Domain.Text.TextLimits.FollowUpNote));
        }

        var (outcome, onboarding) = await onboardings.TickAsync(community, id, key, actor, followUp, turn.CancellationToken);
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
            TickOutcome.NotOwner => new Notice(texts.StepNotOwner(name, texts.RoleName(step!.Owner)), true),
            TickOutcome.FollowUpNeedsAnswers => new Notice(texts.FollowUpNeedsAnswers, true),
            _ => new Notice(texts.ErrorCardOutdated, true),
        };
        return Reply.WithCard(ChecklistCard.Compose(texts, onboarding, onboardings.Today(community), community.Zone(), notice));
    }
}
