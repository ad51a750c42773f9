namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>What the HTTP response to an invoke carries.</summary>
public sealed record InvokeResponse(int Status, object? Body);
