using CoordinatorBot.Cards.Priorities;

namespace CoordinatorBot.Bot.Features.Priorities;

/// <summary>Posts the capacity note in the community's channel, mentioning the steering group (the coordinator's button).</summary>
public sealed class CapacityNoteAction(WeekView week, CommunitySender sender)
    : CommunityFormAction(CardVerbs.CapacityNote, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var community = turn.Community;
        var (plan, tasks) = await week.PlanAsync(community, turn.CancellationToken);
        var steering = turn.Members.Where(m => m.Holds(Role.SteeringGroup)).ToList();
        var note = CapacityNoteCard.Compose(new Texts(community.LanguageOf()), plan, steering);
        await sender.PostAsync(community, note, null, turn.CancellationToken);
        return Reply.WithCard(PlanCard.Compose(turn.Texts, plan, tasks, editable: true, new Notice(turn.Texts.CapacityNoteSent, false)));
    }
}
