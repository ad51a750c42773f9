using System.Collections.Frozen;

namespace CoordinatorBot.Bot.Conversation.Pipeline;

/// <summary>Every command, card action and feature invoke, by its word; looked up once per turn.</summary>
public sealed class TurnHandlers(IEnumerable<ICommand> commands, IEnumerable<ICardAction> actions, IEnumerable<IInvokeHandler> invokes)
{
    public FrozenDictionary<string, ICommand> Commands { get; } = commands.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);

    public FrozenDictionary<string, ICardAction> Actions { get; } = actions.ToFrozenDictionary(a => a.Verb, StringComparer.Ordinal);

    public FrozenDictionary<string, IInvokeHandler> Invokes { get; } = invokes.ToFrozenDictionary(i => i.Name, StringComparer.Ordinal);

    /// <summary>Whether the command can be run here: help, or a registered command.</summary>
    public bool Offers(string commandId) => commandId == Cards.Composers.CommandIds.Help || Commands.ContainsKey(commandId);
}
