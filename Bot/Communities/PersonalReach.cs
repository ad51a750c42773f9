using CoordinatorBot.Storage.Outbox;

namespace CoordinatorBot.Bot.Communities;

/// <summary>How a message reaches a person: in which language, and where (null when they cannot be reached).</summary>
public sealed record PersonalReach(Language Language, OutboxTarget? Target);
