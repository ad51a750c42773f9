using CoordinatorBot.Cards.People;

namespace CoordinatorBot.Bot.Features.People;

/// <summary>
/// "mine data" / "my data": a signed link, valid for a short while, to a zip of everything the bot holds about the
/// person. Only in their personal chat: in a channel everyone would see the link.
/// </summary>
[HelpOrder(2)]
public sealed class MyDataCommand(LinkSigner signer) : PersonalDataCommand(CommandIds.MyData)
{
    protected override async Task<Reply> HandleInPersonalChatAsync(Turn turn)
    {
        if (turn.ActorId is not { Length: > 0 } person)
        {
            return Reply.WithText(turn.Texts.ErrorGeneric);
        }

        var (link, expires) = await PersonalDataArchive.Download.CreateAsync(signer, [person], turn.Language, turn.CancellationToken);
        var zone = (turn as CommunityTurn)?.Community.Clock.Zone ?? CommunityClock.Of((string?)null).Zone;
        return Reply.WithCard(PersonalDataCard.Link(turn.Texts, link, expires, zone));
    }
}
