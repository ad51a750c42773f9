using CoordinatorBot.Cards.Composers;

namespace CoordinatorBot.Bot.Conversation;

/// <summary>The help card: the commands this person may use here, with a notice on top when they mistyped one.</summary>
public sealed class HelpReply
{
    public Task<Reply> ComposeAsync(Turn turn, IEnumerable<ICommand> commands, string? notice)
    {
        var here = turn as CommunityTurn;
        var audience = new CommandAudience(here is not null, here?.Actor, here?.HasCoordinator ?? false);
        List<HelpEntry> entries =
        [
            new(CommandIds.Help),
            .. commands.Where(c => c.IsOfferedTo(audience)).Select(c => new HelpEntry(c.Id)),
        ];
        return Task.FromResult(Reply.WithCard(HelpCard.Compose(turn.Texts, entries, here?.Actor, audience.InCommunity, notice)));
    }
}
