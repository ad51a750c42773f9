namespace CoordinatorBot.Bot.Features.People;

/// <summary>
/// "fællesskab" / "community": in a personal chat, which community the person's commands are about, with a button per
/// community they hold a role in to change it. In the team's channel the team is the community.
/// </summary>
[HelpOrder(1)]
public sealed class CommunityChoiceCommand : ICommand
{
    public string Id => CommandIds.Community;

    public bool IsOfferedTo(CommandAudience audience) => audience.InPersonalChat;

    public Task<Reply> HandleAsync(Turn turn, string arguments)
    {
        if (turn.Activity.Conversation?.ConversationType != ConversationTypes.Personal)
        {
            return Task.FromResult(turn is CommunityTurn here
                ? Reply.WithText(turn.Texts.PersonalCommunityInTeam(here.Community.DisplayName))
                : Reply.WithText(turn.Texts.ErrorNeedsCommunity));
        }

        var all = turn.Personal.All;
        return Task.FromResult(all.Count switch
        {
            0 => Reply.WithText(turn.Texts.PersonalCommunityNone),
            1 => Reply.WithText(turn.Texts.PersonalCommunityOnly(all[0].DisplayName)),
            _ => Reply.WithCard(CommunityChoiceCard.Compose(turn.Texts, [.. all.Select(c => new CommunityOption(c.Id, c.DisplayName))],
                turn.Personal.Current?.Id, null, null)),
        });
    }
}
