using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CoordinatorBot.Tests.Operations;

/// <summary>
/// What the bot reports through OpenTelemetry, caught by the in-memory exporter: each turn a span with its type and
/// command, the table calls beneath it, and nothing that names a person, repeats what they wrote or shows the team id.
/// </summary>
[Trait("Category", "Integration")]
public sealed class TelemetryTests : IAsyncLifetime
{
    // A team and a person of this test's own: the tracer listens to the whole process, other tests' bots included.
    private const string TeamId = "19:telemetry-team-7f3a@thread.tacv2";
    private const string PersonName = "Zelda Zimmermann";
    private const string PersonId = "aad-zelda-4711";

    private readonly List<System.Diagnostics.Activity> _spans = [];
    private readonly List<LogRecord> _logs = [];
    private readonly List<Metric> _metrics = [];
    private readonly BotHarness _harness;

    // The bot's own pipeline, as with an exporter configured, and the in-memory exporter after its redaction.
    public TelemetryTests() => _harness = new BotHarness(services => services.AddTelemetryPipeline()
        .WithTracing(tracing => tracing.AddInMemoryExporter(_spans))
        .WithLogging(logging => logging.AddInMemoryExporter(_logs))
        .WithMetrics(metrics => metrics.AddInMemoryExporter(_metrics)),
        // Exported from Information on, as an operator who wants them sets it (the default exports warnings and errors).
        new Dictionary<string, string?> { ["Logging:OpenTelemetry:LogLevel:Default"] = "Information" }, hostedScheduler: false);

    public Task InitializeAsync() => _harness.InitializeAsync();

    public Task DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task A_help_turn_is_a_span_with_its_type_and_command_over_its_table_calls_and_names_no_one()
    {
        Assert.Equal(HttpStatusCode.OK, (await _harness.PostAsync(ActivityBuilder.TeamInstall(_harness.ServiceUrl, teamId: TeamId))).StatusCode);

        var response = await _harness.PostAsync(ActivityBuilder.ChannelMessage(_harness.ServiceUrl, "hjælp", PersonId, PersonName, teamId: TeamId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var community = TelemetryHash.Of(TeamId);
        var turn = await Eventually.FoundAsync(() => Snapshot().FirstOrDefault(s =>
            s.Source.Name == BotTelemetry.Name && s.GetTagItem(BotTelemetry.CommandTag) is "Help" &&
            s.GetTagItem(BotTelemetry.CommunityTag) as string == community), "the help turn's span");
        Assert.Equal("message", turn.GetTagItem(BotTelemetry.ActivityTypeTag));
        Assert.Equal("handled", turn.GetTagItem(BotTelemetry.OutcomeTag));

        var trace = Snapshot().Where(s => s.TraceId == turn.TraceId).ToList();
        Assert.Contains(trace, s => s.Source.Name.StartsWith("Azure.", StringComparison.Ordinal) && s.ParentSpanId != default);
        Assert.Contains(trace, s => s.Kind == ActivityKind.Client && s.GetTagItem("url.full") is string url && url.Contains("/v3/conversations/~", StringComparison.Ordinal));
        // A table call is the table client's operation with one HTTP request beneath it: HttpClient's, not that and the
        // Azure SDK's own HTTP span as well.
        var tableCalls = trace.Where(s => s.Source.Name.StartsWith("Azure.Data.Tables.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(tableCalls);
        Assert.All(tableCalls, call => Assert.Single(trace, s => s.ParentSpanId == call.SpanId && s.GetTagItem("url.full") is string));
        Assert.DoesNotContain(trace, s => s.Source.Name == "Azure.Core.Http");
        Assert.DoesNotContain(trace, s => s.GetTagItem("url.full") is string && trace.Any(p => p.SpanId == s.ParentSpanId && p.GetTagItem("url.full") is string));

        // Nothing anywhere: every span and log record this process exported, other tests' included.
        foreach (var span in Snapshot())
        {
            var text = string.Join(' ', span.TagObjects.Select(t => $"{t.Key}={t.Value}").Prepend(span.DisplayName));
            AssertTells(text, $"span {span.DisplayName}");
        }

        foreach (var record in _logs.ToList())
        {
            var text = string.Join(' ', (record.Attributes ?? []).Select(a => $"{a.Key}={a.Value}").Append(record.FormattedMessage ?? string.Empty));
            AssertTells(text, $"log {record.CategoryName}");
        }

        Assert.Contains(_logs.ToList(), r => r.Attributes?.Any(a => a.Key == "CommunityId" && a.Value as string == community) == true);
    }

    [Fact]
    public async Task A_turn_is_measured_by_the_bots_own_metrics_and_the_request_duration_and_by_no_other_platform_instrument()
    {
        Assert.Equal(HttpStatusCode.OK, (await _harness.PostAsync(ActivityBuilder.TeamInstall(_harness.ServiceUrl, teamId: TeamId))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _harness.PostAsync(ActivityBuilder.ChannelMessage(_harness.ServiceUrl, "hjælp", PersonId, PersonName, teamId: TeamId))).StatusCode);

        Assert.True(_harness.Service<MeterProvider>().ForceFlush(10_000));
        var names = _metrics.Select(m => m.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "coordinatorbot.turns", "coordinatorbot.turn.duration", "coordinatorbot.http.responses", "http.server.request.duration" }, names);
        // The help turn calls the connector and the table client: HttpClient's duration is on their spans, not measured again.
        Assert.Empty(names.Intersect(["http.client.request.duration", "http.server.active_requests", "http.client.active_requests", "aspnetcore.routing.match_attempts"]));
    }

    private static void AssertTells(string text, string where)
    {
        Assert.False(text.Contains(PersonName, StringComparison.Ordinal), $"{where} names the person: {text}");
        Assert.False(text.Contains(PersonId, StringComparison.Ordinal), $"{where} holds the person's id: {text}");
        Assert.False(text.Contains("hjælp", StringComparison.Ordinal), $"{where} repeats the message: {text}");
        Assert.False(text.Contains("telemetry-team-7f3a", StringComparison.Ordinal), $"{where} shows the team id: {text}");
        Assert.False(text.Contains(Uri.EscapeDataString(TeamId), StringComparison.Ordinal), $"{where} shows the team id: {text}");
    }

    private List<System.Diagnostics.Activity> Snapshot()
    {
        lock (_spans)
        {
            return [.. _spans];
        }
    }
}
