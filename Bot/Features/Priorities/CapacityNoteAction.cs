using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Bot.Features.Community;
using CoordinatorBot.Bot.Protocol.Connector;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Cards.Texts;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Storage.Communities;

namespace CoordinatorBot.Bot.Features.Priorities;

/// <summary>Posts the capacity note in the community's channel, mentioning the steering group (the coordinator's button).</summary>
public sealed class CapacityNoteAction(WeekView week, MemberStore members, ConnectorClient connector) : ICardAction
{
    public string Verb => CardVerbs.CapacityNote;

    public bool NeedsCommunity => true;

    public Role? RequiredRole => Role.Coordinator;

    public async Task<Reply> HandleAsync(Turn turn, CardInput input)
    {
        var community = turn.Community!;
        var (plan, tasks) = await week.PlanAsync(community, turn.CancellationToken).ConfigureAwait(false);
        var steering = (await members.ListAsync(community.Id, turn.CancellationToken).ConfigureAwait(false)).Where(m => m.Holds(Role.SteeringGroup)).ToList();
        var note = CapacityNoteCard.Compose(new Texts(Language.Danish), plan, steering);
        await connector.SendAsync(community.Channel.ServiceUrl, community.Channel.ConversationId,
            CommunityChannel.Message(community, community.Channel.ConversationId, note, null), turn.CancellationToken).ConfigureAwait(false);
        return Reply.WithCard(PlanCard.Compose(turn.Texts, plan, tasks, editable: true, new Notice(turn.Texts.CapacityNoteSent, false)));
    }
}
