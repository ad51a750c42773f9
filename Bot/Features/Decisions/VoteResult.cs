namespace CoordinatorBot.Bot.Features.Decisions;

public enum VoteResult
{
    Recorded,
    NotFound,
    Closed,
    NotInBody,
}
