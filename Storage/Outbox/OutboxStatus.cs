namespace CoordinatorBot.Storage.Outbox;

public enum OutboxStatus
{
    Pending,
    InFlight,
    Sent,
    Failed,
}
