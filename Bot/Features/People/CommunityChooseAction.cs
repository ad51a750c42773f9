namespace CoordinatorBot.Bot.Features.People;

/// <summary>
/// A community chosen on the choice card: it becomes the personal chat's current community, and the command the
/// person wrote runs there. The router has already checked the card's community against the person's roles.
/// </summary>
public sealed class CommunityChooseAction(CommunityDirectory directory, IServiceProvider services) : ICardAction
{
    public string Verb => CardVerbs.CommunityChoose;

    public async Task<Reply> HandleAsync(Turn turn, CardInput input)
    {
        if (turn is not CommunityTurn here || turn.Activity.Conversation?.ConversationType != ConversationTypes.Personal)
        {
            return turn.NoCommunityReply();
        }

        if (turn.ActorId is { } person && turn.Activity.TenantId is { Length: > 0 } tenant)
        {
            await directory.ChooseCurrentCommunityAsync(tenant, person, here.Community.Id, turn.CancellationToken);
        }

        // Resolved on the press, not in the constructor: the commands are registered beside this action.
        var command = input.Text(CardVerbs.CommandKey) is { } id
            ? services.GetServices<ICommand>().FirstOrDefault(c => c.Id == id && c is not CommunityChoiceCommand)
            : null;
        return command is null
            ? Reply.WithText(turn.Texts.PersonalCommunityChosen(here.Community.DisplayName))
            : await command.HandleAsync(turn, input.Text(CardVerbs.ArgumentsKey) ?? string.Empty);
    }
}
