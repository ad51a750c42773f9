using CoordinatorBot.Cards.Composers;

namespace CoordinatorBot.Bot.Conversation;

/// <summary>The help card: the commands this person may use here, with a notice on top when they mistyped one.</summary>
public sealed class HelpReply
{
    /// <param name="suggestions">Commands the person may have meant, offered as buttons under the notice.</param>
    public Task<Reply> ComposeAsync(Turn turn, IEnumerable<ICommand> commands, string? notice, IReadOnlyList<string>? suggestions = null)
    {
        var here = turn as CommunityTurn;
        var audience = new CommandAudience(here is not null, here?.Actor, here?.HasCoordinator ?? false);
        List<HelpEntry> entries =
        [
            new(CommandIds.Help),
            .. commands.Where(c => c.IsOfferedTo(audience)).Select(c => new HelpEntry(c.Id)),
        ];
        return Task.FromResult(Reply.WithCard(HelpCard.Compose(turn.Texts, entries, here?.Actor, audience.InCommunity, notice, suggestions)));
    }
}
