using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>"governance": OS2's checklist with marks and evidence, opened at the governance items the bot can back.</summary>
[HelpOrder(2)]
public sealed class GovernanceCommand(GovernanceReports reports) : CommunityCommand(CommandIds.Governance, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments) =>
        Reply.WithCard(await reports.CardAsync(turn, GovernanceSection.Governance));
}
