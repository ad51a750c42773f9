using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace CoordinatorBot.Benchmarks;

/// <summary>The processes measured from outside: the bot's executable, the floor and the JS SDK's peer bot.</summary>
internal static class Processes
{
    /// <summary>
    /// The bot's own executable (as App Service runs it: <c>dotnet CoordinatorBot.Bot.dll</c>) in Development on a
    /// loopback port, on Azurite; with <paramref name="otlp"/> its telemetry goes to that OTLP/HTTP endpoint.
    /// </summary>
    public static ChildProcess StartBot(string name, string dll, string storage, string prefix, IReadOnlyDictionary<string, string> environment,
        Uri? otlp = null)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Storage__ConnectionString"] = storage;
        start.Environment["Storage__TablePrefix"] = prefix;
        // The idle sender's poll would otherwise blur the turns' own table operations (as in the process benchmark).
        start.Environment["Scheduling__IdlePoll"] = "00:00:10";
        if (otlp is not null)
        {
            start.Environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp.ToString().TrimEnd('/');
            start.Environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return ChildProcess.Start(name, start, (s, port) =>
        {
            s.ArgumentList.Add("--urls");
            s.ArgumentList.Add($"http://127.0.0.1:{port}");
        });
    }

    /// <summary>The I/O floor in a process of its own: this benchmark's executable serving <see cref="FloorEndpoint"/>.</summary>
    public static ChildProcess StartFloor(string storage, string table)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!);
        start.ArgumentList.Add("--serve-floor");
        start.ArgumentList.Add("--storage");
        start.ArgumentList.Add(storage);
        start.ArgumentList.Add("--table");
        start.ArgumentList.Add(table);
        return ChildProcess.Start("floor", start, (s, port) =>
        {
            s.ArgumentList.Add("--url");
            s.ArgumentList.Add($"http://127.0.0.1:{port}");
        });
    }

    /// <summary>The minimal bot on the official JS Bot Framework SDK (PeerBot/peer-bot.cjs), answering help with <paramref name="replyFile"/>'s card.</summary>
    public static ChildProcess StartPeer(string nodeModules, string replyFile)
    {
        var start = new ProcessStartInfo("node");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PeerBot", "peer-bot.cjs"));
        start.ArgumentList.Add(nodeModules);
        return ChildProcess.Start("botbuilder-js", start, (s, port) =>
        {
            s.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            s.ArgumentList.Add(replyFile);
        });
    }

    /// <summary>
    /// Sends <paramref name="activity"/> until the process answers it with 200 and returns the time from the process's
    /// start to that answer: its cold start as a person would notice it.
    /// </summary>
    public static async Task<TimeSpan> FirstAnsweredTurnAsync(ChildProcess process, HttpClient client, Func<JsonObject> activity)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{process.Name} stopped at start-up:\n{process.LastLines}");
            }

            try
            {
                using var content = new StringContent(activity().ToJsonString(), Encoding.UTF8, "application/json");
                using var response = await client.PostAsync(process.Messages, content);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return Stopwatch.GetElapsedTime(process.StartedAt);
                }
            }
            catch (HttpRequestException e) when (e.InnerException is SocketException)
            {
                // Not listening yet.
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"{process.Name} answered no turn within two minutes:\n{process.LastLines}");
    }
}
