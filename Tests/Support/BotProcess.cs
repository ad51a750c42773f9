using System.Diagnostics;

namespace CoordinatorBot.Tests.Support;

/// <summary>
/// The bot's own executable (as App Service runs it) in a process of its own, in Development on a loopback port: for
/// what only a real process shows — its exit on SIGTERM, its command line.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>Everything the process wrote so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The bot's executable next to the tests (the project reference copies it with its runtime config).</summary>
    public static string Executable => Path.Combine(AppContext.BaseDirectory, "CoordinatorBot.Bot.dll");

    /// <summary>Starts the bot and waits until /healthz answers.</summary>
    public static async Task<BotProcess> StartAsync(IDictionary<string, string> environment, params string[] arguments)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Executable);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var bot = new BotProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
        using var client = new HttpClient { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (bot._process.HasExited)
            {
                throw new InvalidOperationException($"The bot stopped at start-up ({bot._process.ExitCode}):\n{bot.Output}");
            }

            try
            {
                using var live = await client.GetAsync("/healthz");
                if (live.IsSuccessStatusCode)
                {
                    return bot;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        await bot.DisposeAsync();
        throw new TimeoutException($"The bot did not answer /healthz within a minute:\n{bot.Output}");
    }

    /// <summary>Sends SIGTERM, as App Service does to stop an instance, and returns the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan within)
    {
        var kill = await ToolRun.StartAsync("kill", ["-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.Equal(0, kill.ExitCode);
        using var limit = new CancellationTokenSource(within);
        await _process.WaitForExitAsync(limit.Token);
        return _process.ExitCode;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
