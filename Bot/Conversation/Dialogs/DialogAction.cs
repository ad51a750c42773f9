using CoordinatorBot.Cards.Common;
using CoordinatorBot.Domain.Communities;

namespace CoordinatorBot.Bot.Conversation.Dialogs;

/// <summary>The buttons of a dialog's question card: Næste, Tilbage, Annullér.</summary>
public sealed class DialogAction(DialogRunner runner, string verb, DialogMove move) : ICardAction
{
    public string Verb => verb;

    public bool NeedsCommunity => false;

    public Role? RequiredRole => null;

    public async Task<Reply> HandleAsync(Turn turn, CardInput input) =>
        await runner.PressAsync(turn, move, input.Text(DialogPromptCard.TypedInput) ?? input.Text(DialogPromptCard.AnswerInput));
}
