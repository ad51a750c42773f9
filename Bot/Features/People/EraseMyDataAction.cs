using CoordinatorBot.Cards.People;
using CoordinatorBot.Storage.People;

namespace CoordinatorBot.Bot.Features.People;

/// <summary>
/// The confirmation's button: erases the presser's own data. Whose data is the presser's object id, never the card's;
/// so the button forwarded or pressed by someone else erases only that person's own.
/// </summary>
public sealed partial class EraseMyDataAction(PersonalDataStore store, CommunityDirectory directory, CommunityMembers members,
    MemberStore memberStore, ILogger<EraseMyDataAction> logger)
    : ICardAction
{
    public string Verb => CardVerbs.DataErase;

    public async Task<Reply> HandleAsync(Turn turn, CardInput input)
    {
        if (turn.Activity.Conversation?.ConversationType != ConversationTypes.Personal)
        {
            return Reply.WithText(turn.Texts.PersonalDataOnlyPersonal);
        }

        if (turn.ActorId is not { Length: > 0 } person)
        {
            return Reply.WithText(turn.Texts.ErrorGeneric);
        }

        // Their roles end as when one leaves (the history says so, and no cached list keeps them), once their votes are
        // under their pseudonym: a seat gone beside a vote not yet moved would count that vote as no one's, and the
        // shared card's tally taken meanwhile could close a decision without it. Then they are forgotten.
        var communities = await memberStore.CommunitiesOfAsync(person, turn.CancellationToken);
        var result = await store.EraseAsync(person, turn.CancellationToken, async ct =>
        {
            foreach (var communityId in communities)
            {
                await members.EndMembershipAsync(communityId, person, turn.ActorName, ct);
            }
        });
        directory.ForgetPerson(turn.Activity.TenantId, person);
        LogErased(logger, result.Pseudonym.Number, result.Erased, result.Pseudonymised);
        return Reply.WithCard(PersonalDataCard.Done(turn.Texts, turn.Texts.PersonalDataEraseTitle, turn.Texts.PersonalDataErased(result.Pseudonym.Name)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A person's data was erased at their request: pseudonym {Number}, {Erased} rows erased, {Pseudonymised} pseudonymised")]
    private static partial void LogErased(ILogger logger, int number, int erased, int pseudonymised);
}
