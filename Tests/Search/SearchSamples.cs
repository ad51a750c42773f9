namespace CoordinatorBot.Tests.Search;

/// <summary>Records as the features store them, to search: where a test starts, not what it tests.</summary>
internal static class SearchSamples
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static Decision Decision(int sequence, string title, string context = "Kontekst.", DateTimeOffset? at = null) => new()
    {
        Number = new DecisionNumber(2026, sequence),
        Draft = new DecisionDraft(title, DecisionType.Operational, DecidingBody.SteeringGroup, context, "Forslaget.", null, null, null,
            (at ?? Start).AddDays(7), DecisionRule.Default),
        ProposerId = "aad-alice",
        ProposerName = "Alice",
        ProposedAt = at ?? Start.AddMinutes(sequence),
    };

    public static Wish Wish(int number, string title, string need = "Som sagsbehandler ønsker jeg noget, så det går hurtigere.") => new()
    {
        Number = number, Title = title, Need = need, Municipality = "Aarhus Kommune", RaisedById = "aad-alice", RaisedByName = "Alice",
        RaisedAt = Start.AddHours(number),
    };

    public static BacklogItem Item(int number, string title) => new()
    {
        Number = number, Title = title, Need = "Behovet.", Class = MoscowClass.Must, Supplier = "Magenta ApS", RaisedById = "aad-alice",
        History = [new ItemChange(ItemChangeKind.Accepted, "Alice", Start.AddHours(number))],
    };

    public static Meeting Meeting(string id, string title, params string[] agenda) => new()
    {
        Id = id, Kind = MeetingKind.SteeringGroup, Title = title, Start = Start.AddDays(10), End = Start.AddDays(10).AddHours(1),
        Invitees = MeetingInvitees.None, Attendees = [], Agenda = agenda, TransactionId = id, CreatedById = "aad-alice",
        CreatedByName = "Alice", CreatedAt = Start.AddDays(1),
    };

    public static StatusReport Report(int sequence, string why) => new()
    {
        Number = new StatusReportNumber(2026, sequence), From = new DateOnly(2026, 2, 1), To = new DateOnly(2026, 2, 28),
        Mark = StatusMark.AtRisk, MarkWhy = why, ComposedAt = Start, PublishedAt = Start.AddDays(sequence), PublishedByName = "Alice",
    };
}
