using CoordinatorBot.Cards.Status;
using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>"Gem" on the governance card: one item's mark and evidence, and the target level.</summary>
public sealed class GovernanceSaveAction(GovernanceReports reports) : CommunityFormAction(CardVerbs.GovernanceSave, Role.Coordinator)
{
    // The mark keeps the press that set it, so a press delivered again writes nothing (GovernanceReports.MarkAsync): no claim needed.
    public override bool RecognisesRedelivery => true;

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var section = Enum.TryParse<GovernanceSection>(input.Text(CardVerbs.SectionKey), out var s) && Enum.IsDefined(s) ? s : GovernanceSection.Governance;
        if (GovernanceChecklist.Find(input.Text(GovernanceCard.ItemInput)) is not { } item)
        {
            return Reply.WithCard(await reports.CardAsync(turn, section, new Notice(turn.Texts.GovernanceItemError, true)));
        }

        var mark = Enum.TryParse<GovernanceMark>(input.Text(GovernanceCard.MarkInput), out var m) && Enum.IsDefined(m) ? m : GovernanceMark.NotAssessed;
        var level = Enum.TryParse<GovernanceLevel>(input.Text(GovernanceCard.LevelInput), out var l) && Enum.IsDefined(l) ? l : GovernanceLevel.One;
        var evidence = TextLimits.Clip(input.Text(GovernanceCard.EvidenceInput), TextLimits.GovernanceEvidence);

        return Reply.WithCard(await reports.MarkAsync(turn, item, mark, evidence, level, new Notice(turn.Texts.GovernanceSaved(item.Id), false)));
    }
}
