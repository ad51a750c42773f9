using System.Text.Json.Nodes;

namespace CoordinatorBot.Benchmarks;

/// <summary>
/// One kind of turn: the activity a worker sends next (worker 0..concurrency-1), and what is put back between rounds
/// (outside the measured time) so that every round meets the same state.
/// </summary>
internal sealed record BenchTurn(string Name, Func<int, JsonObject> Next, Func<Task>? BeforeRound = null);
