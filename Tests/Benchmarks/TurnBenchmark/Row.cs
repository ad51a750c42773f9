using System.Text.Json.Nodes;
using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Benchmarks;

/// <summary>A row of a table: a turn sent to one endpoint, with the counter that sees its table operations (none from outside).</summary>
internal sealed record Row(string Name, Uri Endpoint, Func<int, JsonObject> Next, TableOperationCounter? Counter, Func<Task>? BeforeRound,
    Func<TimeSpan>? Cpu = null);
