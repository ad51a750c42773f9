using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>"Bekræft forslagene": the bot's suggestions become the coordinator's marks, with its evidence lines.</summary>
public sealed class GovernanceConfirmAction(GovernanceReports reports) : CommunityFormAction(CardVerbs.GovernanceConfirm, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var confirmed = await reports.ConfirmSuggestionsAsync(turn);
        return Reply.WithCard(await reports.CardAsync(turn, GovernanceSection.Governance,
            new Notice(turn.Texts.GovernanceConfirmed(confirmed.Count == 0 ? "–" : string.Join(", ", confirmed)), false)));
    }
}
