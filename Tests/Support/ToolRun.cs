using System.Diagnostics;

namespace CoordinatorBot.Tests.Support;

/// <summary>What a command-line tool printed and how it ended.</summary>
public sealed record ToolRun(int ExitCode, string Output)
{
    /// <summary>Runs a program to its end (at most two minutes), with stdout and stderr read together.</summary>
    public static async Task<ToolRun> StartAsync(string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(limit.Token);
        var error = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within two minutes.");
        }

        return new ToolRun(process.ExitCode, (await output) + (await error));
    }
}
