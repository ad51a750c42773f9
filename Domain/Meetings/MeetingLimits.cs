namespace CoordinatorBot.Domain.Meetings;

/// <summary>How much a meeting may hold; the card's inputs show the same numbers, the server refuses more.</summary>
public static class MeetingLimits
{
    public const int Title = 120;
    public const int Place = 200;

    /// <summary>The agenda as typed, one item a line.</summary>
    public const int Agenda = 2000;
    public const int AgendaItems = 30;

    /// <summary>The external addresses as typed, separated by commas, semicolons or lines.</summary>
    public const int ExternalText = 2000;
    public const int ExternalAddresses = 50;

    public const int CancelComment = 500;

    /// <summary>
    /// The whole minutes as the body reads them on the approval card (the decision's context, so its limit); each
    /// item's text may use it all.
    /// </summary>
    public const int Minutes = Text.TextLimits.DecisionText;

    /// <summary>The times a poll offers (the suggestions are three).</summary>
    public const int PollSlots = 5;

    /// <summary>An item's decisions as typed: "B-2026-014, B-2026-015".</summary>
    public const int MinutesDecisions = 200;

    /// <summary>A meeting lasts at least a quarter of an hour and at most a (long) working day.</summary>
    public static readonly TimeSpan MinDuration = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(10);
}
