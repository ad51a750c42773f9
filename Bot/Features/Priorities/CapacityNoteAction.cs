using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Bot.Protocol.Connector;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Cards.Localization;
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
        var (plan, tasks) = await week.PlanAsync(community, turn.CancellationToken);
        var steering = (await members.ListAsync(community.Id, turn.CancellationToken)).Where(m => m.Holds(Role.SteeringGroup)).ToList();
        var note = CapacityNoteCard.Compose(new Texts(Language.Danish), plan, steering);
        await connector.SendAsync(community.Channel.ServiceUrl, community.Channel.ConversationId,
            CommunityChannel.Message(community, community.Channel.ConversationId, note, null), turn.CancellationToken);
        return Reply.WithCard(PlanCard.Compose(turn.Texts, plan, tasks, editable: true, new Notice(turn.Texts.CapacityNoteSent, false)));
    }
}
