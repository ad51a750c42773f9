namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>What became of a support.</summary>
public enum SupportOutcome
{
    Recorded,
    AlreadySupported,
    NotOpen,
    NotFound,
}
