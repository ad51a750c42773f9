using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Cards.Model;
using CoordinatorBot.Domain.Governance;
using CoordinatorBot.Domain.Status;
using CoordinatorBot.Storage.Meetings;
using CoordinatorBot.Storage.Onboarding;
using CoordinatorBot.Storage.Status;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>The governance report: its card with the bot's suggestions, and each change kept with who and when.</summary>
public sealed class GovernanceReports(StatusStore store, OnboardingStore onboardings, MeetingStore meetings, TimeProvider time)
{
    public async Task<IReadOnlyList<GovernanceSuggestion>> SuggestionsAsync(CommunityTurn turn) =>
        GovernanceSuggestions.From(turn.Members, await onboardings.ListAsync(turn.Community.Id, turn.CancellationToken),
            await meetings.ListAsync(turn.Community.Id, turn.CancellationToken), time.GetUtcNow());

    public async Task<AdaptiveCard> CardAsync(CommunityTurn turn, GovernanceSection section, Notice? notice = null)
    {
        var report = await store.GovernanceAsync(turn.Community.Id, turn.CancellationToken);
        var view = new GovernanceView(report, await SuggestionsAsync(turn), section, turn.Community.Clock.Zone, StatusAuthority.CanWrite(turn.Actor));
        return GovernanceCard.Compose(turn.Texts, view, notice);
    }

    /// <summary>Marks one item and sets the target level, both kept in the history.</summary>
    public Task<GovernanceReport> MarkAsync(CommunityTurn turn, GovernanceItem item, GovernanceMark mark, string? evidence, GovernanceLevel level) =>
        store.UpdateGovernanceAsync(turn.Community.Id,
            report => report.With(new GovernanceEntry(item.Id, mark, evidence, turn.Actor!.Name, time.GetUtcNow())) with { TargetLevel = level },
            turn.CancellationToken);

    /// <summary>Takes every suggestion for an item not yet assessed as the coordinator's own mark, with the bot's evidence line.</summary>
    public async Task<IReadOnlyList<string>> ConfirmSuggestionsAsync(CommunityTurn turn)
    {
        var suggestions = await SuggestionsAsync(turn);
        var confirmed = new List<string>();
        await store.UpdateGovernanceAsync(turn.Community.Id, report =>
        {
            confirmed.Clear();
            foreach (var s in suggestions.Where(s => report.MarkOf(s.ItemId) == GovernanceMark.NotAssessed))
            {
                report = report.With(new GovernanceEntry(s.ItemId, s.Mark, GovernanceCard.Evidence(turn.Texts, s), turn.Actor!.Name, time.GetUtcNow()));
                confirmed.Add(s.ItemId);
            }

            return report;
        }, turn.CancellationToken);
        return confirmed;
    }
}
