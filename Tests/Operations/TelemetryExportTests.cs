namespace CoordinatorBot.Tests.Operations;

/// <summary>
/// Configured the way an operator configures it (OTEL_EXPORTER_OTLP_ENDPOINT, APPLICATIONINSIGHTS_CONNECTION_STRING),
/// the bot exports to both; a local receiver on Kestrel stands in for the collector and for Application Insights'
/// ingestion endpoint, and sees the turn but not the person.
/// </summary>
[Trait("Category", "Integration")]
public sealed class TelemetryExportTests
{
    private const string PersonName = "Ylva Ytterberg";
    private const string TeamId = "19:export-team-9c1d@thread.tacv2";

    [Fact]
    public async Task With_both_exporters_configured_the_turn_reaches_OTLP_and_Azure_Monitor_without_the_persons_name()
    {
        // HttpListener, not Kestrel: the bot's ASP.NET Core instrumentation would trace the receiver's own requests.
        var received = new ConcurrentQueue<(string Path, byte[] Body)>();
        using var receiver = new HttpListener();
        var port = FreePort();
        receiver.Prefixes.Add($"http://127.0.0.1:{port}/");
        receiver.Start();
        using var stop = new CancellationTokenSource();
        var receiving = ReceiveAsync(receiver, received, stop.Token);
        var collector = $"http://127.0.0.1:{port}";
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotHost.StartAsync(hostedScheduler: false, args:
        [
            $"--OTEL_EXPORTER_OTLP_ENDPOINT={collector}",
            "--OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf",
            "--OTEL_BSP_SCHEDULE_DELAY=200",
            // Azure Monitor samples 5 traces a second by default; creating the tables at start-up alone is more.
            "--AzureMonitor:TracesPerSecond=1000",
            $"--APPLICATIONINSIGHTS_CONNECTION_STRING=InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint={collector}/",
        ]);

        await bot.Client.PostAsync("/api/messages", Json(ActivityBuilder.TeamInstall(connector.ServiceUrl, teamId: TeamId)));
        var response = await bot.Client.PostAsync("/api/messages",
            Json(ActivityBuilder.ChannelMessage(connector.ServiceUrl, "hjælp", "aad-ylva", PersonName, teamId: TeamId)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await Eventually.TrueAsync(() => Sent("/v1/traces").Contains("coordinatorbot.command", StringComparison.Ordinal),
            "the turn span at the OTLP collector", TimeSpan.FromSeconds(30));
        await Eventually.TrueAsync(() => Sent("/v2.1/track").Contains("turn message", StringComparison.Ordinal),
            "the turn at the Application Insights endpoint", TimeSpan.FromSeconds(30));
        var everything = string.Concat(received.Select(r => Encoding.UTF8.GetString(r.Body)));
        Assert.Contains("turn message", Sent("/v1/traces"), StringComparison.Ordinal);
        Assert.DoesNotContain(PersonName, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("export-team-9c1d", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("hjælp", everything, StringComparison.Ordinal);

        await stop.CancelAsync();
        receiver.Stop();
        await receiving;

        string Sent(string path) => string.Concat(received.Where(r => r.Path == path).Select(r => Encoding.UTF8.GetString(r.Body)));
    }

    private static async Task ReceiveAsync(HttpListener listener, ConcurrentQueue<(string Path, byte[] Body)> received, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().WaitAsync(stop);
            }
            catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            try
            {
                using var buffer = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(buffer, stop);
                received.Enqueue((context.Request.Url!.AbsolutePath, Decompressed(buffer.ToArray(), context.Request.Headers["Content-Encoding"] ?? string.Empty)));
                context.Response.ContentType = "application/json";
                var answer = Encoding.UTF8.GetBytes("""{"itemsReceived":1,"itemsAccepted":1,"errors":[]}""");
                await context.Response.OutputStream.WriteAsync(answer, stop);
                context.Response.Close();
            }
            catch (Exception e) when (stop.IsCancellationRequested && e is OperationCanceledException or HttpListenerException or ObjectDisposedException)
            {
                // The test has what it needs; an export still arriving as the receiver stops is of no interest.
                return;
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static StringContent Json(JsonObject activity) => new(activity.ToJsonString(), Encoding.UTF8, "application/json");

    private static byte[] Decompressed(byte[] body, string encoding)
    {
        if (!encoding.Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            return body;
        }

        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    }
}
