using CoordinatorBot.Cards.Onboarding;
using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Storage.Onboarding;

namespace CoordinatorBot.Bot.Features.Onboarding;

/// <summary>Creates onboardings from the community's template and ticks their steps, keeping the channel's card current.</summary>
public sealed class OnboardingService(OnboardingStore store, CommunitySender sender, TimeProvider time)
{
    // The shared checklist in the channel is in Danish, the community's language.
    // What goes into the channel is in the community's language, whoever's turn it was.
    private static Texts ChannelTexts(Community community) => new(community.LanguageOf());

    public DateOnly Today(Community community) =>
        community.Clock.Today(time.GetUtcNow());

    public async Task<bool> IsInProgressAsync(Community community, string municipality, CancellationToken cancellationToken) =>
        (await store.ListAsync(community.Id, cancellationToken))
            .Any(o => o.Details.Municipality == municipality && !o.IsCompleted);

    /// <summary>Makes the checklist from the template, posts it in the channel, and shows it to the person.</summary>
    public async Task<Reply> CreateAsync(CommunityTurn turn, OnboardingDetails details)
    {
        var community = turn.Community;
        var start = Today(community);
        var id = $"{Slug(details.Municipality)}-{start.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";
        var template = await store.TemplateAsync(community.Id, turn.CancellationToken);
        var onboarding = OnboardingChecklist.Create(id, template, details, start, turn.ActorName, time.GetUtcNow());
        if (!await store.AddAsync(community.Id, onboarding, turn.CancellationToken))
        {
            return Reply.WithText(turn.Texts.OnboardingAlreadyInProgress(Municipalities.OfficialName(details.Municipality)));
        }

        var card = ChecklistCard.Compose(ChannelTexts(community), onboarding, start, community.Clock.Zone);
        var activityId = await sender.PostAsync(community, card, null, turn.CancellationToken);
        if (activityId is not null)
        {
            onboarding = await store.UpdateAsync(community.Id, id,
                o => o with { CardActivityId = activityId, CardConversationId = community.ThreadOf(activityId) }, turn.CancellationToken) ?? onboarding;
        }

        var notice = new Notice(turn.Texts.OnboardingCreated(Municipalities.OfficialName(details.Municipality)), false);
        return Reply.WithCard(ChecklistCard.Compose(turn.Texts, onboarding, start, community.Clock.Zone, notice));
    }

    /// <summary>Ticks a step with the ETag: two people ticking the same step at once record it once.</summary>
    public async Task<(TickOutcome Outcome, Domain.Onboarding.Onboarding? Onboarding)> TickAsync(Community community,
        string id, string stepKey, Member? actor, FollowUp? followUp, CancellationToken cancellationToken)
    {
        var outcome = TickOutcome.UnknownStep;
        var saved = await store.UpdateAsync(community.Id, id, current =>
        {
            (outcome, var next) = OnboardingChecklist.Tick(current, stepKey, actor, time.GetUtcNow(), followUp);
            return outcome is TickOutcome.Ticked or TickOutcome.Completed ? next : null;
        }, cancellationToken);
        if (saved is null)
        {
            return (outcome, null);
        }

        if (outcome is TickOutcome.Ticked or TickOutcome.Completed && saved.CardActivityId is { } activityId && saved.CardConversationId is { } thread)
        {
            var card = ChecklistCard.Compose(ChannelTexts(community), saved, Today(community), community.Clock.Zone);
            await sender.UpdateAsync(community, thread, activityId, card, cancellationToken);
            if (outcome == TickOutcome.Completed)
            {
                var welcome = ChannelTexts(community).OnboardingCompletedWelcome(Municipalities.OfficialName(saved.Details.Municipality));
                await sender.PostAsync(community, null, welcome, cancellationToken, thread);
            }
        }

        return (outcome, saved);
    }

    private static string Slug(string name) =>
        string.Concat(TextFolding.Fold(name).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');
}
