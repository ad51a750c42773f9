using System.Diagnostics;

namespace CoordinatorBot.Tests.Support;

/// <summary>
/// One of the tests' own Node scripts (a .cjs copied beside the tests), run against the packages pinned in deploy/local:
/// the independent readers (adaptivecards, ical.js) that check what the bot writes as a client would read it.
/// </summary>
public static class NodeScript
{
    /// <summary>
    /// Runs <paramref name="script"/> (relative to the tests' output folder) on <paramref name="argument"/> and returns what it
    /// printed; a script that fails fails the test with what it said on stderr.
    /// </summary>
    public static async Task<string> RunAsync(string script, string argument, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, script), TestSettings.NodeModules, argument },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var output = await node.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = await node.StandardError.ReadToEndAsync(cancellationToken);
        await node.WaitForExitAsync(cancellationToken);
        Assert.True(node.ExitCode == 0, $"{script} failed: {error}");
        return output;
    }
}
