namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>alert = true raises a notification in the person's activity feed.</summary>
public sealed record NotificationInfo(bool Alert);
