using System.Text.Json.Nodes;

namespace CoordinatorBot.Cards.Common;

/// <summary>One person's message of a round, as it was composed for their 1:1 chat: a card, or a text.</summary>
/// <param name="TeamsUserId">The person's Teams id ("29:…"), by which the channel post @mentions them.</param>
public sealed record RoundMessage(string TeamsUserId, string Name, JsonObject? Card, string? Text);
