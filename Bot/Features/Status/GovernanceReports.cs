using CoordinatorBot.Cards.Status;
using CoordinatorBot.Domain.Meetings;
using CoordinatorBot.Domain.Portfolio;
using CoordinatorBot.Domain.Status;
using CoordinatorBot.Storage.Status;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>The governance report: its card with the bot's suggestions, and each change kept with who and when.</summary>
public sealed class GovernanceReports(GovernanceStore store, IOnboardingReadings onboardings, IMeetingReadings meetings, MemberStore memberships,
    GovernanceFactsCache kept, TimeProvider time)
{
    /// <summary>The suggestions as of now: what taking them as marks rests on.</summary>
    public async Task<IReadOnlyList<GovernanceSuggestion>> SuggestionsAsync(CommunityTurn turn) => Suggestions(turn, await FactsAsync(turn));

    private IReadOnlyList<GovernanceSuggestion> Suggestions(CommunityTurn turn, GovernanceFacts facts) =>
        GovernanceSuggestions.From(turn.Members, facts.Onboardings, facts.Meetings, time.GetUtcNow(), PortfolioRules.IsIn(turn.Community),
            facts.SecretariatElsewhere);

    private async Task<GovernanceFacts> FactsAsync(CommunityTurn turn)
    {
        // The two reads do not depend on each other.
        var listed = onboardings.ListAsync(turn.Community.Id, turn.CancellationToken);
        var held = meetings.ListAsync(turn.Community.Id, turn.CancellationToken);
        return new GovernanceFacts(await listed, await held, await SecretariatElsewhereAsync(turn, await held, time.GetUtcNow()));
    }

    /// <summary>
    /// The attendees of meetings held who are no member here but hold the secretariat role in another community of the
    /// deployment (the portfolio's secretariat): one lookup per such person, few in a community's meetings.
    /// </summary>
    private async Task<IReadOnlySet<string>> SecretariatElsewhereAsync(CommunityTurn turn, IReadOnlyList<Meeting> held, DateTimeOffset now)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var local = turn.Members.Select(m => m.AadObjectId).ToHashSet(StringComparer.Ordinal);
        var attendees = held.Where(m => !m.IsCancelled && m.Start < now).SelectMany(m => m.Attendees)
            .Select(a => a.AadObjectId).OfType<string>().Where(id => !local.Contains(id)).Distinct(StringComparer.Ordinal);
        foreach (var id in attendees)
        {
            if (PortfolioRules.MaySee((await memberships.MembershipsOfAsync(id, turn.CancellationToken)).Select(h => h.Member)))
            {
                found.Add(id);
            }
        }

        return found;
    }

    /// <summary>
    /// The card of the report as it stands: the report and what the suggestions rest on are read at once, the latter
    /// kept for the marks that follow.
    /// </summary>
    public Task<AdaptiveCard> CardAsync(CommunityTurn turn, GovernanceSection section, Notice? notice = null) =>
        CardAsync(turn, store.GovernanceAsync(turn.Community.Id, turn.CancellationToken), KeptAsync(turn), section, notice);

    /// <summary>
    /// Marks one item and sets the target level, both kept in the history; the card of the report as saved. The mark
    /// keeps the press that set it, so that Teams delivering the press again writes nothing: it needs no claim. The
    /// suggestions rest on what this instance read for the card at most a few seconds ago (<see cref="GovernanceFactsCache"/>),
    /// or are read while the mark is written: they do not depend on it.
    /// </summary>
    public Task<AdaptiveCard> MarkAsync(CommunityTurn turn, GovernanceItem item, GovernanceMark mark, string? evidence, GovernanceLevel level,
        Notice notice) =>
        CardAsync(turn, store.MarkGovernanceAsync(turn.Community.Id,
            new GovernanceEntry(item.Id, mark, evidence, turn.Actor!.Name, time.GetUtcNow()) { DeliveredBy = turn.DeliveryKey },
            level, turn.CancellationToken), kept.GetAsync(turn.Community.Id, () => FactsAsync(turn)), item.Section, notice);

    private async Task<GovernanceFacts> KeptAsync(CommunityTurn turn) => kept.Keep(turn.Community.Id, await FactsAsync(turn));

    private async Task<AdaptiveCard> CardAsync(CommunityTurn turn, Task<GovernanceReport> report, Task<GovernanceFacts> facts, GovernanceSection section,
        Notice? notice)
    {
        var view = new GovernanceView(await report, Suggestions(turn, await facts), section, turn.Community.Clock.Zone, StatusAuthority.CanWrite(turn.Actor));
        return GovernanceCard.Compose(turn.Texts, view, notice);
    }

    /// <summary>Takes every suggestion for an item not yet assessed as the coordinator's own mark, with the bot's evidence line.</summary>
    public async Task<IReadOnlyList<string>> ConfirmSuggestionsAsync(CommunityTurn turn)
    {
        var suggestions = await SuggestionsAsync(turn);
        var now = time.GetUtcNow();
        var added = await store.AddGovernanceMarksAsync(turn.Community.Id, report =>
            [.. suggestions.Where(s => report.MarkOf(s.ItemId) == GovernanceMark.NotAssessed)
                .Select(s => new GovernanceEntry(s.ItemId, s.Mark, GovernanceCard.Evidence(turn.Texts, s), turn.Actor!.Name, now))],
            turn.CancellationToken);
        return [.. added.Select(e => e.ItemId)];
    }
}
