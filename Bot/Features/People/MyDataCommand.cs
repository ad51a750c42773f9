using CoordinatorBot.Cards.People;

namespace CoordinatorBot.Bot.Features.People;

/// <summary>
/// "mine data" / "my data": a signed link, valid for a short while, to a zip of everything the bot holds about the
/// person. Only in their personal chat: in a channel everyone would see the link.
/// </summary>
[HelpOrder(2)]
public sealed class MyDataCommand(LinkSigner signer) : ICommand
{
    public string Id => CommandIds.MyData;

    public bool IsOfferedTo(CommandAudience audience) => audience.InPersonalChat;

    public async Task<Reply> HandleAsync(Turn turn, string arguments)
    {
        if (turn.Activity.Conversation?.ConversationType != ConversationTypes.Personal)
        {
            return Reply.WithText(turn.Texts.PersonalDataOnlyPersonal);
        }

        if (turn.ActorId is not { Length: > 0 } person)
        {
            return Reply.WithText(turn.Texts.ErrorGeneric);
        }

        var (link, expires) = await PersonalDataArchive.Download.CreateAsync(signer, [person], turn.Language, turn.CancellationToken);
        var zone = (turn as CommunityTurn)?.Community.Clock.Zone ?? CommunityClock.Of((string?)null).Zone;
        return Reply.WithCard(PersonalDataCard.Link(turn.Texts, link, expires, zone));
    }
}
