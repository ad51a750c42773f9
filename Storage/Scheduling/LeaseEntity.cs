namespace CoordinatorBot.Storage.Scheduling;

public sealed class LeaseEntity : StoredRow
{
    public string Owner { get; set; } = string.Empty;
    public DateTimeOffset ExpiresAt { get; set; }
}
