namespace CoordinatorBot.Bot.Features.Status;

/// <summary>"Gem kladden": keeps the coordinator's mark and lines on the draft.</summary>
public sealed class StatusSaveAction(StatusReports reports) : CommunityFormAction(CardVerbs.StatusSave, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var read = StatusMarkInput.Read(input);
        if (await reports.MarkAsync(turn.Community, read.Mark, read.Why, read.Notes, turn.CancellationToken) is not { } draft)
        {
            return Reply.WithText(turn.Texts.StatusNoDraft);
        }

        return Reply.WithCard(await reports.CardAsync(turn.Community, draft, turn.Texts, true, new Notice(turn.Texts.StatusSaved, false),
            turn.CancellationToken));
    }
}
