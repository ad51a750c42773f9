namespace CoordinatorBot.Bot.Conversation.Dialogs;

/// <summary>The buttons of a dialog's question card: Næste, Tilbage, Annullér.</summary>
[ForVerbs(CardVerbs.DialogAnswer, CardVerbs.DialogBack, CardVerbs.DialogCancel)]
public sealed class DialogAction(DialogRunner runner, string verb) : ICardAction
{
    private readonly DialogMove _move = verb switch
    {
        CardVerbs.DialogBack => DialogMove.Back,
        CardVerbs.DialogCancel => DialogMove.Cancel,
        _ => DialogMove.Answer,
    };

    public string Verb => verb;

    public bool NeedsCommunity => false;

    public Role? RequiredRole => null;

    public async Task<Reply> HandleAsync(Turn turn, CardInput input) =>
        await runner.PressAsync(turn, _move, input.Text(DialogPromptCard.TypedInput) ?? input.Text(DialogPromptCard.AnswerInput));
}
