using CoordinatorBot.Cards.People;

namespace CoordinatorBot.Bot.Features.People;

/// <summary>
/// The erasure confirmations' "no": nothing is erased or read, and the confirmation turns into a card that says so, with
/// nothing left to press. Whose card it was does not matter, as nothing happens.
/// </summary>
public sealed class CancelErasureAction : ICardAction
{
    public string Verb => CardVerbs.DataEraseCancel;

    public Task<Reply> HandleAsync(Turn turn, CardInput input) =>
        Task.FromResult(Reply.WithCard(PersonalDataCard.Cancelled(turn.Texts, formerMember: input.Text(CardVerbs.PersonKey) is { Length: > 0 })));
}
