namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>What became of "Prioritér".</summary>
public enum PrioritiseOutcome
{
    /// <summary>Prioritised now, or already before.</summary>
    Prioritised,
    NotFound,

    /// <summary>Neither new nor prioritised: further on, rejected, or sent to the steering group.</summary>
    NotNew,
    BeyondMandate,

    /// <summary>Other prioritisations kept changing the board: nothing written, the press may be tried again.</summary>
    Busy,
}
