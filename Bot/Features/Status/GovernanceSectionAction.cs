using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>A section's button on the governance card: the same card, opened at that section.</summary>
public sealed class GovernanceSectionAction(GovernanceReports reports) : CommunityCardAction<GovernanceSectionAction.Input>(CardVerbs.GovernanceSection, Role.Coordinator)
{
    public sealed record Input(GovernanceSection Section);

    protected override Input? Read(CardInput input) =>
        Enum.TryParse<GovernanceSection>(input.Text(CardVerbs.SectionKey), out var section) && Enum.IsDefined(section) ? new Input(section) : null;

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, Input input) => Reply.WithCard(await reports.CardAsync(turn, input.Section));
}
