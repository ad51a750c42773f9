namespace CoordinatorBot.Bot.Features.Status;

/// <summary>
/// "Forhåndsvis og offentliggør": keeps the mark and lines on the draft and shows the report exactly as it will be
/// posted in the channel, saying so, with "Offentliggør i kanalen" and "Ret kladden". Nothing is posted yet.
/// </summary>
public sealed class StatusPreviewAction(StatusReports reports) : CommunityFormAction(CardVerbs.StatusPreview, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var read = StatusMarkInput.Read(input);
        if (await reports.MarkAsync(turn.Community, read.Mark, read.Why, read.Notes, turn.CancellationToken) is not { } draft)
        {
            return Reply.WithText(turn.Texts.StatusNoDraft);
        }

        if (draft.Mark is null || string.IsNullOrWhiteSpace(draft.MarkWhy))
        {
            return Reply.WithCard(await reports.CardAsync(turn.Community, draft, turn.Texts, true, new Notice(turn.Texts.StatusNeedsMark, true),
                turn.CancellationToken));
        }

        // Shown in the channel's language, as it will be posted there.
        var texts = new Texts(turn.Community.LanguageOf());
        return Reply.WithCard(await reports.CardAsync(turn.Community, draft, texts, false, new Notice(texts.StatusPreviewNotice, false),
            turn.CancellationToken, preview: true));
    }
}
