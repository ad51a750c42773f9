using CoordinatorBot.Cards.People;

namespace CoordinatorBot.Bot.Features.People;

/// <summary>"slet mine data" / "delete my data": the confirmation card; nothing is erased before its button is pressed.</summary>
[HelpOrder(3)]
public sealed class DeleteMyDataCommand(MemberStore members) : PersonalDataCommand(CommandIds.DeleteMyData)
{
    protected override async Task<Reply> HandleInPersonalChatAsync(Turn turn)
    {
        // A community whose one coordinator leaves has nobody to change its roles until a team owner saves its setup:
        // the card says so before the button is pressed.
        var soleCoordinatorOf = new List<string>();
        foreach (var community in turn.Personal.All)
        {
            var coordinators = (await members.ListAsync(community.Id, turn.CancellationToken)).Where(m => m.Roles.Contains(Role.Coordinator)).ToList();
            if (coordinators is [{ } only] && only.AadObjectId == turn.ActorId)
            {
                soleCoordinatorOf.Add(community.DisplayName);
            }
        }

        return Reply.WithCard(PersonalDataCard.ConfirmOwnErasure(turn.Texts, soleCoordinatorOf));
    }
}
