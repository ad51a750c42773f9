using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Storage.Communities;

namespace CoordinatorBot.Bot.Conversation;

/// <summary>The help card: the commands this person may use here, with a notice on top when they mistyped one.</summary>
public sealed class HelpReply(MemberStore members)
{
    public async Task<Reply> ComposeAsync(Turn turn, IEnumerable<ICommand> commands, string? notice)
    {
        Member? actor = null;
        var hasCoordinator = false;
        if (turn.Community is { } community)
        {
            var all = await members.ListAsync(community.Id, turn.CancellationToken);
            actor = all.FirstOrDefault(m => m.AadObjectId == turn.ActorId);
            hasCoordinator = all.Any(m => m.Holds(Role.Coordinator));
        }

        var audience = new CommandAudience(turn.Community is not null, actor, hasCoordinator);
        List<HelpEntry> entries =
        [
            new(CommandIds.Help),
            .. commands.Where(c => c.IsOfferedTo(audience)).Select(c => new HelpEntry(c.Id)),
        ];
        return Reply.WithCard(HelpCard.Compose(turn.Texts, entries, actor, audience.InCommunity, notice));
    }
}
