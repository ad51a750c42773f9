using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace CoordinatorBot.Benchmarks;

/// <summary>
/// Runs every row unmeasured, pass after pass, until this process's JIT is quiet. A turn measured while its code is
/// still being compiled to its final tier measures the compiler (on two cores, beside the turn), not the turn a bot
/// that runs for days serves; the rows run first would pay most of it. The start-up is measured on its own (cold).
/// </summary>
internal static class WarmUp
{
    private const int MaxPasses = 6;

    // Quiet: the JIT took under this share of a pass's time.
    private const double QuietShare = 0.01;

    public static async Task<string> UntilJitQuietAsync(IReadOnlyList<Row> rows, Func<Row, Task> runUnmeasured)
    {
        var (methods, jit) = Now();
        var share = 1.0;
        var pass = 0;
        while (pass < MaxPasses && share >= QuietShare)
        {
            pass++;
            var before = JitInfo.GetCompilationTime();
            var took = await PassAsync(rows, runUnmeasured);
            share = (JitInfo.GetCompilationTime() - before) / took;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"Warm-up: {pass} unmeasured passes over every row, {JitInfo.GetCompiledMethodCount() - methods} methods compiled in {(JitInfo.GetCompilationTime() - jit).TotalSeconds:F1} s; the JIT took {share:P1} of the last pass ({(share < QuietShare ? "quiet" : "not quiet yet")}).");
    }

    /// <summary>
    /// For rows served by other processes, whose JIT this one cannot see: a fixed number of passes. Passes until each
    /// row's CPU per turn was steady were tried: after eight it still moved by 9 %, while the community the turns
    /// write to grew and slowed them.
    /// </summary>
    public static async Task<string> PassesAsync(IReadOnlyList<Row> rows, Func<Row, Task> runUnmeasured, int passes)
    {
        for (var pass = 0; pass < passes; pass++)
        {
            await PassAsync(rows, runUnmeasured);
        }

        return $"Warm-up: {passes} unmeasured passes over every row.";
    }

    private static async Task<TimeSpan> PassAsync(IReadOnlyList<Row> rows, Func<Row, Task> runUnmeasured)
    {
        var watch = Stopwatch.StartNew();
        foreach (var row in rows)
        {
            if (row.BeforeRound is not null)
            {
                await row.BeforeRound();
            }

            await runUnmeasured(row);
        }

        return watch.Elapsed;
    }

    /// <summary>What the JIT did from <paramref name="since"/> on (the measured rounds).</summary>
    public static string CompiledSince((long Methods, TimeSpan Time) since) => string.Create(CultureInfo.InvariantCulture,
        $"While measured, the JIT compiled {JitInfo.GetCompiledMethodCount() - since.Methods} methods in {(JitInfo.GetCompilationTime() - since.Time).TotalMilliseconds:F0} ms.");

    public static (long Methods, TimeSpan Time) Now() => (JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());
}
