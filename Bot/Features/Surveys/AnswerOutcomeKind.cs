namespace CoordinatorBot.Bot.Features.Surveys;

public enum AnswerOutcomeKind
{
    Saved,
    Changed,

    /// <summary>The person answered before and names no answer to change (an anonymous answer's card is gone).</summary>
    AlreadyAnswered,
}
