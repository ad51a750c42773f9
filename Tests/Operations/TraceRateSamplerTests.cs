using System.Diagnostics;
using OpenTelemetry.Trace;

namespace CoordinatorBot.Tests.Operations;

/// <summary>The OTLP exporter's sampling: at most so many new traces a second, however many turns come.</summary>
[Trait("Category", "Unit")]
public sealed class TraceRateSamplerTests
{
    [Fact]
    public void A_thousand_turns_over_ten_seconds_record_five_traces_a_second()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-06T10:00:00Z", CultureInfo.InvariantCulture));
        var sampler = new TraceRateSampler(5, time);

        var recorded = 0;
        for (var turn = 0; turn < 1000; turn++)
        {
            recorded += Sample(sampler) ? 1 : 0;
            time.Advance(TimeSpan.FromMilliseconds(10));
        }

        // Fifty in ten seconds, and the second's allowance it starts with.
        Assert.InRange(recorded, 55, 56);
    }

    [Fact]
    public void A_burst_after_a_quiet_minute_records_one_second_s_worth_not_a_minute_s()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-06T10:00:00Z", CultureInfo.InvariantCulture));
        var sampler = new TraceRateSampler(5, time);
        Sample(sampler);
        time.Advance(TimeSpan.FromMinutes(1));

        var recorded = Enumerable.Range(0, 200).Count(_ => Sample(sampler));

        Assert.InRange(recorded, 5, 6);
    }

    private static bool Sample(Sampler sampler) =>
        sampler.ShouldSample(new SamplingParameters(default, ActivityTraceId.CreateRandom(), "turn", ActivityKind.Server)).Decision
            == SamplingDecision.RecordAndSample;
}
