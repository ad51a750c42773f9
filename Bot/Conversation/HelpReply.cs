namespace CoordinatorBot.Bot.Conversation;

/// <summary>The help card: the commands this person may use here.</summary>
public sealed class HelpReply(CommunityDirectory directory)
{
    public async Task<Reply> ComposeAsync(Turn turn, IEnumerable<ICommand> commands)
    {
        var here = turn as CommunityTurn;
        var personal = turn.Activity.Conversation?.ConversationType == ConversationTypes.Personal;
        var audience = new CommandAudience(here is not null, here?.Actor, here?.HasCoordinator ?? false, personal);
        List<HelpEntry> entries =
        [
            new(CommandIds.Help),
            .. commands.Where(c => c.IsOfferedTo(audience)).Select(c => new HelpEntry(c.Id)),
        ];
        var place = here is not null ? HelpPlace.Community
            : !personal ? HelpPlace.GroupChat
            : await directory.HasAnyCommunityAsync(turn.Activity, turn.CancellationToken) ? HelpPlace.Personal
            : HelpPlace.Newcomer;
        return Reply.WithCard(HelpCard.Compose(turn.Texts, turn.BotName, entries, here?.Actor, place, personal));
    }
}
