using CoordinatorBot.Cards.Decisions;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Priorities;
using CoordinatorBot.Storage.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>The proposal form, with a deadline a week ahead (an office day) at noon in the community's time zone.</summary>
public sealed class DecisionForms(DecisionStore decisions, TimeProvider time)
{
    public async Task<AdaptiveCard> ComposeAsync(CommunityTurn turn, DecisionForm.Entered? entered, IReadOnlyCollection<DraftProblem>? problems)
    {
        var community = turn.Community;
        // A week ahead, on an office day: nobody should be asked to decide by a Sunday.
        var today = community.Clock.Today(time.GetUtcNow());
        var deadline = OfficeDays.OnOrAfter(today.AddDays(7));
        var accepted = (await decisions.ListAsync(community.Id, turn.CancellationToken))
            .Where(d => d.Status == DecisionStatus.Accepted).ToList();
        return DecisionForm.Compose(turn.Texts, turn.Texts.TimeZoneName(community.TimeZoneId),
            deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "12:00", accepted, entered, problems);
    }
}
