namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>One parameter of a compose extension's query: its name in the manifest and what the person typed.</summary>
public sealed record ComposeExtensionParameter(string? Name, string? Value);
