using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Bot.Protocol.Schema;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Cards.Portfolio;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Domain.Portfolio;
using CoordinatorBot.Storage.Communities;

namespace CoordinatorBot.Bot.Features.Portfolio;

/// <summary>
/// "portefølje" / "portfolio", in the personal chat of a person with the secretariat role in any community of the
/// deployment: every community that has granted the secretariat access (setup), sorted by risk. A community that has
/// not is simply absent: it is never read.
/// </summary>
[HelpOrder(1)]
public sealed class PortfolioCommand(MemberStore memberships, CommunityStore communities, CommunityMembers members, IStatusReadings status,
    IOnboardingReadings onboardings, IDecisionReadings decisions, IBacklogReadings backlog, IReleaseReadings releases) : ICommand
{
    public string Id => CommandIds.Portfolio;

    // In the personal chat, to whoever may be of the secretariat (the refusal is polite); never in a channel, where a link would be read by all.
    public bool IsOfferedTo(CommandAudience audience) => audience.InPersonalChat && audience.Actor?.Holds(Role.Secretariat) != false;

    public async Task<Reply> HandleAsync(Turn turn, string arguments)
    {
        if (turn.Activity.Conversation?.ConversationType != ConversationTypes.Personal)
        {
            return Reply.WithText(turn.Texts.PortfolioOnlyPersonal);
        }

        var held = turn.ActorId is { Length: > 0 } actor ? await memberships.MembershipsOfAsync(actor, turn.CancellationToken) : [];
        if (!PortfolioRules.MaySee(held.Select(h => h.Member)))
        {
            return Reply.WithText(turn.Texts.PortfolioRefusal);
        }

        var rows = new List<PortfolioRow>();
        foreach (var community in (await communities.ListActiveAsync(turn.CancellationToken)).Where(PortfolioRules.IsIn))
        {
            rows.Add(await RowAsync(community, turn.CancellationToken));
        }

        return Reply.WithCard(PortfolioCard.Compose(turn.Texts, PortfolioRules.ByRisk(rows)));
    }

    private async Task<PortfolioRow> RowAsync(Community community, CancellationToken cancellationToken)
    {
        var people = await members.ListAsync(community.Id, cancellationToken);
        var report = await status.LatestAsync(community.Id, cancellationToken);
        var items = (await backlog.LoadAsync(community.Id, cancellationToken)).Items;
        return new PortfolioRow(
            community.DisplayName,
            report?.Mark,
            report?.Number?.ToString(),
            people.Count,
            people.Where(m => m.Holds(Role.Municipality)).Select(m => Municipalities.Find(m.Municipality).Municipality ?? m.Municipality).Distinct().Count(),
            (await onboardings.ListAsync(community.Id, cancellationToken)).Count(o => !o.IsCompleted),
            (await decisions.OpenAsync(community.Id, cancellationToken)).Count,
            items.Where(i => i.IsCommitted).Sum(i => i.Estimate.Hours ?? 0m),
            community.BacklogBudget.Hours,
            (await releases.LatestAsync(community.Id, cancellationToken))?.Version);
    }
}
