using CoordinatorBot.Cards.People;
using CoordinatorBot.Storage.People;

namespace CoordinatorBot.Bot.Features.People;

/// <summary>
/// The coordinator erases the data of a person who has left: first the confirmation (<see cref="CardVerbs.DataEraseFormer"/>),
/// then the erasure (<see cref="CardVerbs.DataEraseFormerConfirm"/>). The card names the person; whether they may be
/// erased is decided afresh on each press (<see cref="ErasureAuthority"/>).
/// </summary>
[ForVerbs(CardVerbs.DataEraseFormer, CardVerbs.DataEraseFormerConfirm)]
public sealed partial class EraseFormerMemberAction(MemberStore members, TeamRoster roster, PersonalDataStore store,
    CommunityDirectory directory, ILogger<EraseFormerMemberAction> logger, string verb)
    : CommunityCardAction<string>(verb, Role.Coordinator)
{
    protected override string? Read(CardInput input) => input.Text(CardVerbs.PersonKey);

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string person)
    {
        var history = await members.HistoryAsync(turn.Community.Id, person, turn.CancellationToken);
        var holdsAnyRole = (await members.CommunitiesOfAsync(person, turn.CancellationToken)).Count > 0;
        bool onRoster;
        try
        {
            onRoster = await roster.FindAsync(turn.Community, person, turn.CancellationToken) is not null;
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or ServiceUrlNotAllowedException)
        {
            // When Teams cannot say, the person may still be there: nobody is erased on a guess.
            onRoster = true;
        }

        var permission = ErasureAuthority.MayEraseFormerMember(turn.Members, turn.ActorId, person, history, holdsAnyRole, onRoster);
        if (permission != ErasurePermission.Allowed)
        {
            return Reply.WithText(turn.Texts.PersonalDataFormerRefused(permission));
        }

        var name = history[^1].Name;
        if (Verb == CardVerbs.DataEraseFormer)
        {
            return Reply.WithCard(PersonalDataCard.ConfirmFormerErasure(turn.Texts, person, name));
        }

        var result = await store.EraseAsync(person, turn.CancellationToken);
        directory.ForgetPerson(null, person);
        LogErased(logger, result.Pseudonym.Number, result.Erased, result.Pseudonymised);
        return Reply.WithCard(PersonalDataCard.Done(turn.Texts, turn.Texts.PersonalDataFormerTitle,
            turn.Texts.PersonalDataFormerErased(name, result.Pseudonym.Name)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A former member's data was erased by the coordinator: pseudonym {Number}, {Erased} rows erased, {Pseudonymised} pseudonymised")]
    private static partial void LogErased(ILogger logger, int number, int erased, int pseudonymised);
}
