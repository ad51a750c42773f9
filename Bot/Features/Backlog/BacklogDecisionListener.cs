using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Storage.Backlog;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>
/// Where a decision's close reaches the backlog: the decisions feature calls it through
/// <see cref="IDecisionClosedListener"/> and knows nothing of the backlog.
/// </summary>
public sealed class BacklogDecisionListener(BacklogStore store, BacklogNotifier notifier, GitHubIssues github, MemberStore memberStore, TimeProvider time)
    : IDecisionClosedListener
{
    /// <summary>The steering group's outcome moves the item that waits for this decision: accepted → prioriteret, else → afvist.</summary>
    public async Task DecisionClosedAsync(Community community, Decision decision, bool scheduled, CancellationToken cancellationToken)
    {
        var number = decision.Number.ToString();
        var snapshot = await store.LoadAsync(community.Id, cancellationToken);
        var texts = new Texts(community.LanguageOf());
        foreach (var waiting in snapshot.Items.Where(i => i.DecisionNumber == number))
        {
            var accepted = decision.Status == DecisionStatus.Accepted;
            var now = time.GetUtcNow();
            var moved = await store.UpdateItemAsync(community.Id, waiting.Number,
                i => ItemLifecycle.Decided(i, number, accepted, texts.BodyName(DecidingBody.SteeringGroup), now), cancellationToken);
            if (moved is not null && moved.History.Count > 0 && moved.History[^1].At == now)
            {
                var members = await memberStore.ListAsync(community.Id, cancellationToken);
                await notifier.NotifyStatusAsync(community, members, null, moved, cancellationToken);
                if (moved.Status == ItemStatus.Rejected)
                {
                    await github.CloseAsync(community.Id, moved.Number, cancellationToken);
                }
            }
        }
    }
}
