using CoordinatorBot.Bot.Protocol.Connector;
using CoordinatorBot.Bot.Protocol.Schema;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Cards.Texts;
using CoordinatorBot.Storage.Communities;
using CoordinatorBot.Storage.Onboarding;

namespace CoordinatorBot.Bot.Features.Community;

/// <summary>Greets each person who joins the team, once, in Danish, in the channel.</summary>
public sealed class MemberGreeter(GreetingStore greetings, MemberStore members, ConnectorClient connector, TimeProvider time)
{
    public async Task GreetAsync(Domain.Communities.Community community, IEnumerable<ChannelAccount> joined, CancellationToken cancellationToken)
    {
        var texts = new Texts(Language.Danish);
        foreach (var person in joined)
        {
            if (person.AadObjectId is not { Length: > 0 } id ||
                !await greetings.TryRecordAsync(community.Id, id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var all = await members.ListAsync(community.Id, cancellationToken).ConfigureAwait(false);
            var card = MemberWelcomeCard.Compose(texts, person.Name ?? texts.NobodyText, person.Id, community.ProductName ?? community.Name, all);
            await connector.SendAsync(community.Channel.ServiceUrl, community.Channel.ConversationId,
                CommunityChannel.Message(community, community.Channel.ConversationId, card, null), cancellationToken).ConfigureAwait(false);
        }
    }
}
