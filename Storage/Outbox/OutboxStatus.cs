namespace CoordinatorBot.Storage.Outbox;

public enum OutboxStatus
{
    Pending,
    InFlight,
    Sent,
    Failed,

    /// <summary>The person's 1:1 chat could not be opened (another tenant, the app not installed): the message waits
    /// for its round's one post in the team's channel.</summary>
    Rerouted,

    /// <summary>Claimed by a sender for its round's channel post.</summary>
    Gathering,
}
