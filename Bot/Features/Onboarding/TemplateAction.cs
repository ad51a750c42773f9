using CoordinatorBot.Cards.Onboarding;
using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Storage.Onboarding;

namespace CoordinatorBot.Bot.Features.Onboarding;

/// <summary>The template editor's buttons: add, change, move up, remove. The coordinator only (checked by the router).</summary>
[ForVerbs(CardVerbs.TemplateAdd, CardVerbs.TemplateChange, CardVerbs.TemplateMoveUp, CardVerbs.TemplateRemove)]
public sealed class TemplateAction(OnboardingStore store, string verb) : CommunityFormAction(verb, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var texts = turn.Texts;
        var key = input.Text(CardVerbs.StepKey);
        var formKey = Verb == CardVerbs.TemplateAdd ? null : key;
        var title = input.Text(TemplateCard.InputId(TemplateCard.TitleInput, formKey));
        var owner = Enum.TryParse<Role>(input.Text(TemplateCard.InputId(TemplateCard.OwnerInput, formKey)), out var r) && TemplateCard.Owners.Contains(r)
            ? r
            : Role.Coordinator;
        var anchor = Enum.TryParse<StepAnchor>(input.Text(TemplateCard.InputId(TemplateCard.AnchorInput, formKey)), out var a) && Enum.IsDefined(a)
            ? a
            : StepAnchor.Start;
        var offset = input.Number(TemplateCard.InputId(TemplateCard.OffsetInput, formKey));
        var before = await store.TemplateAsync(turn.Community.Id, turn.CancellationToken);

        Notice? problem = Verb switch
        {
            CardVerbs.TemplateAdd when before.Steps.Count >= ChecklistTemplate.MaxSteps => new Notice(texts.TemplateFull(ChecklistTemplate.MaxSteps), true),
            CardVerbs.TemplateAdd when string.IsNullOrWhiteSpace(title) => new Notice(texts.TemplateStepTitleError, true),
            CardVerbs.TemplateAdd or CardVerbs.TemplateChange when Domain.Text.TextLimits.Exceeds(title, Domain.Text.TextLimits.TemplateStepTitle) => new Notice(texts.TemplateStepTitleError, true),
            CardVerbs.TemplateAdd or CardVerbs.TemplateChange when offset is not (>= -365 and <= 365) => new Notice(texts.TemplateOffsetError, true),
            not CardVerbs.TemplateAdd when key is null || before.Steps.All(s => s.Key != key) => new Notice(texts.ErrorCardOutdated, true),
            _ => null,
        };
        if (problem is not null)
        {
            return Reply.WithCard(TemplateCard.Compose(texts, before, problem));
        }

        var days = (int)Math.Round(offset ?? 0);
        var saved = await store.UpdateTemplateAsync(turn.Community.Id, t => Verb switch
        {
            CardVerbs.TemplateAdd => t.Add(title!, owner, anchor, days),
            CardVerbs.TemplateChange => t.Change(key!, title, owner, anchor, days),
            CardVerbs.TemplateMoveUp => t.MoveUp(key!),
            _ => t.Remove(key!),
        }, turn.CancellationToken);
        return Reply.WithCard(TemplateCard.Compose(texts, saved, new Notice(texts.TemplateSaved, false)));
    }
}
