using Azure;
using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>The prioritisation board's version and every item with its own, as read or as just written.</summary>
public sealed record BoardRead(ETag? Board, IReadOnlyList<(BacklogItem Item, ETag Version)> Items);
