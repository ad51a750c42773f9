using CoordinatorBot.Cards.Status;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>
/// "Offentliggør i kanalen" on the preview (the draft as it was shown), or "Offentliggør" with the draft's form: the
/// draft with its mark gets its number, is stored unchanged and posted in the channel. Nothing is published without
/// the coordinator's mark and its line.
/// </summary>
public sealed class StatusPublishAction(StatusReports reports) : CommunityFormAction(CardVerbs.StatusPublish, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        // The preview's button carries no form: the draft is published with the mark it was shown with.
        var read = StatusMarkInput.Read(input);
        if (await (input.Text(StatusReportCard.PreviewedKey) == "true"
                ? reports.DraftAsync(turn.Community, turn.CancellationToken)
                : reports.MarkAsync(turn.Community, read.Mark, read.Why, read.Notes, turn.CancellationToken)) is not { } draft)
        {
            return Reply.WithText(turn.Texts.StatusNoDraft);
        }

        if (draft.Mark is null || string.IsNullOrWhiteSpace(draft.MarkWhy))
        {
            return Reply.WithCard(await reports.CardAsync(turn.Community, draft, turn.Texts, true, new Notice(turn.Texts.StatusNeedsMark, true),
                turn.CancellationToken));
        }

        if (await reports.PublishAsync(turn.Community, turn.Actor!.Name, turn.CancellationToken) is not { } published)
        {
            return Reply.WithText(turn.Texts.StatusNoDraft);
        }

        return Reply.WithCard(await reports.CardAsync(turn.Community, published, turn.Texts, false,
            new Notice(turn.Texts.StatusPublishedNotice(published.Number!), false), turn.CancellationToken));
    }
}
