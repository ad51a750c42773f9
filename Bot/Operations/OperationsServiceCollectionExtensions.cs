using System.Diagnostics.Metrics;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Http;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CoordinatorBot.Bot.Operations;

public static class OperationsServiceCollectionExtensions
{
    public const string LivenessPath = "/healthz";
    public const string ReadinessPath = "/readyz";
    private const string ReadyTag = "ready";

    // Azure Monitor's distro's default: five traces a second.
    private const double DefaultTracesPerSecond = 5;

    // The Azure SDK's operation spans (TableClient.AddEntity, ManagedIdentityCredential.GetToken), not its HTTP-level
    // span (Azure.Core.Http): HttpClient's span beneath the operation tells the same request, and the SDK's second one
    // cost every table call an activity and a sanitised copy of its URL, traced or not. (Azure Monitor's distro, when
    // on, adds Azure.* and drops HttpClient's span instead.)
    private static readonly string[] AzureSdkOperationSources = ["Azure.Data.Tables.*", "Azure.Identity.*"];

    // Of ASP.NET Core's and .NET's HTTP instruments, the one that Azure Monitor and OpenTelemetry's HTTP conventions
    // build on. The others cost each request a measurement or two: active requests, queue times, connections, route
    // matches, and HttpClient's request duration, whose handler (an extra async step on every outbound request) cost
    // about 2 % of a proposal's CPU in the benchmark; an outbound call's duration is on its span, and the bot's own
    // coordinatorbot.http.responses counts every answer.
    private const string KeptPlatformInstrument = "http.server.request.duration";

    /// <summary>
    /// Health checks, and telemetry: traces, metrics and logs through OpenTelemetry, exported to Azure Monitor when
    /// APPLICATIONINSIGHTS_CONNECTION_STRING is set, to OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set, and nowhere
    /// otherwise (then nothing is collected either).
    /// </summary>
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<StorageOutage>();
        services.AddSingleton<TurnTelemetry>();
        services.AddSingleton<IHttpMessageHandlerBuilderFilter, HttpResponseCounterFilter>();
        services.AddHealthChecks().AddCheck<TableStorageHealthCheck>("table-storage", tags: [ReadyTag]);
        services.AddEndpoints(endpoints => endpoints.MapHealth());

        var azureMonitor = configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var otlp = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(azureMonitor) && string.IsNullOrWhiteSpace(otlp))
        {
            return services;
        }

        var telemetry = services.AddTelemetryPipeline();
        if (!string.IsNullOrWhiteSpace(azureMonitor))
        {
            // AzureMonitor:TracesPerSecond (rate-limited sampling, the distro's default) or AzureMonitor:SamplingRatio.
            telemetry.UseAzureMonitor(o =>
            {
                configuration.GetSection("AzureMonitor").Bind(o);
                o.ConnectionString = azureMonitor;
            });
        }

        if (!string.IsNullOrWhiteSpace(otlp))
        {
            telemetry.UseOtlpExporter();
            if (string.IsNullOrWhiteSpace(azureMonitor) && string.IsNullOrWhiteSpace(configuration["OTEL_TRACES_SAMPLER"]))
            {
                // Sampled by rate as Azure Monitor is (which sets its own sampler when it is on); the standard
                // OTEL_TRACES_SAMPLER, when set, is the SDK's to apply.
                var perSecond = configuration.GetValue("Telemetry:TracesPerSecond", DefaultTracesPerSecond);
                telemetry.WithTracing(tracing => tracing.SetSampler(sp => new ParentBasedSampler(new TraceRateSampler(perSecond,
                    sp.GetRequiredService<TimeProvider>()))));
            }
        }

        return services;
    }

    /// <summary>
    /// What is collected, and redacted before any exporter sees it: the bot's turn spans, the table client's calls
    /// (Azure SDK), inbound requests and outbound HTTP (connector, Graph); the bot's metrics; logs. Exporters are added
    /// by the caller (tests add an in-memory one).
    /// </summary>
    public static OpenTelemetryBuilder AddTelemetryPipeline(this IServiceCollection services)
    {
        // The Azure SDK (the table client) reports its calls through ActivitySource only when asked to.
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
        return services.AddOpenTelemetry()
            .WithTracing(tracing => tracing
                .AddProcessor(new RedactingSpanProcessor())
                .AddSource(BotTelemetry.Name)
                .AddSource(AzureSdkOperationSources)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
                // .NET's own HttpClient spans, which carry the HTTP conventions' tags since .NET 9: the instrumentation
                // package's DiagnosticListener path would add callbacks and payload objects to every outbound request.
                .AddSource("System.Net.Http"))
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddView(instrument => IsPlatformInstrument(instrument) && instrument.Name != KeptPlatformInstrument ? MetricStreamConfiguration.Drop : null))
            .WithLogging(logging => logging.AddProcessor(new RedactingLogProcessor()), options =>
            {
                options.IncludeFormattedMessage = false;
                options.IncludeScopes = false;
            });
    }

    /// <summary>
    /// /healthz: the process answers (liveness, nothing checked). /readyz: Table Storage answers too (readiness);
    /// 503 when it does not.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(ReadinessPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }

    private static bool IsPlatformInstrument(Instrument instrument) =>
        instrument.Meter.Name.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal) ||
        instrument.Meter.Name.StartsWith("System.Net.", StringComparison.Ordinal);

    private static bool IsProbe(PathString path) => path.StartsWithSegments(LivenessPath) || path.StartsWithSegments(ReadinessPath);
}
