namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>Why a Graph call did not succeed, as the coordinator needs to know it.</summary>
public enum GraphFailure
{
    /// <summary>403 (or 401): the app lacks Calendars.ReadWrite, admin consent, or access to the mailbox.</summary>
    Forbidden,

    /// <summary>404: the organizer mailbox (or the event) does not exist.</summary>
    NotFound,

    /// <summary>429 after the Graph client's own retries.</summary>
    Throttled,

    /// <summary>503 / 5xx or no answer, after the retries.</summary>
    Unavailable,

    /// <summary>Any other refusal.</summary>
    Failed,
}
