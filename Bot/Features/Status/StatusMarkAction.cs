namespace CoordinatorBot.Bot.Features.Status;

/// <summary>
/// The draft's "Gem kladden" and "Forhåndsvis og offentliggør": both keep the coordinator's mark and lines on the draft.
/// The preview then shows the report exactly as it will be posted in the channel, saying so, with "Offentliggør i
/// kanalen" and "Ret kladden". Nothing is posted yet.
/// </summary>
[ForVerbs(CardVerbs.StatusSave, CardVerbs.StatusPreview)]
public sealed class StatusMarkAction(StatusReports reports, string verb) : CommunityFormAction(verb, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var read = StatusMarkInput.Read(input);
        if (await reports.MarkAsync(turn.Community, read.Mark, read.Why, read.Notes, turn.CancellationToken) is not { } draft)
        {
            return Reply.WithText(turn.Texts.StatusNoDraft);
        }

        // Saved; or a preview asked of a draft without its mark and why: the draft again, to edit.
        var notice = Verb == CardVerbs.StatusSave ? new Notice(turn.Texts.StatusSaved, false)
            : draft.Mark is null || string.IsNullOrWhiteSpace(draft.MarkWhy) ? new Notice(turn.Texts.StatusNeedsMark, true)
            : null;
        if (notice is not null)
        {
            return Reply.WithCard(await reports.CardAsync(turn.Community, draft, turn.Texts, true, notice, turn.CancellationToken));
        }

        // Shown in the channel's language, as it will be posted there.
        var texts = new Texts(turn.Community.LanguageOf());
        return Reply.WithCard(await reports.CardAsync(turn.Community, draft, texts, false, new Notice(texts.StatusPreviewNotice, false),
            turn.CancellationToken, preview: true));
    }
}
