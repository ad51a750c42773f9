using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Bot.Protocol.Schema;
using CoordinatorBot.Cards.Composers;

namespace CoordinatorBot.Bot.Features.People;

/// <summary>"slet mine data" / "delete my data": the confirmation card; nothing is erased before its button is pressed.</summary>
public sealed class DeleteMyDataCommand : ICommand
{
    public string Id => CommandIds.DeleteMyData;

    public bool IsOfferedTo(CommandAudience audience) => audience.InPersonalChat;

    public Task<Reply> HandleAsync(Turn turn, string arguments) =>
        Task.FromResult(turn.Activity.Conversation?.ConversationType != ConversationTypes.Personal
            ? Reply.WithText(turn.Texts.PersonalDataOnlyPersonal)
            : Reply.WithCard(PersonalDataCard.ConfirmOwnErasure(turn.Texts)));
}
