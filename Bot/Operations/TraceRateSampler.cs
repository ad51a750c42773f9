using OpenTelemetry.Trace;

namespace CoordinatorBot.Bot.Operations;

/// <summary>
/// Records at most <c>perSecond</c> new traces a second, as Azure Monitor's default sampling does, for the OTLP exporter:
/// a burst of turns costs a few recorded traces, not one per turn. Used as the root of a parent-based sampler, so a
/// trace is kept or dropped whole.
/// </summary>
public sealed class TraceRateSampler : Sampler
{
    private readonly long _interval;
    private readonly TimeProvider _time;
    private long _next;

    public TraceRateSampler(double perSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        _interval = (long)(TimeSpan.TicksPerSecond / perSecond);
        _time = time;
        Description = $"TraceRateSampler{{{perSecond}/s}}";
    }

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        // One slot every interval; a slot not taken is not saved up beyond one second's worth.
        var now = _time.GetUtcNow().UtcTicks;
        while (true)
        {
            var next = Interlocked.Read(ref _next);
            if (now < next)
            {
                return new SamplingResult(SamplingDecision.Drop);
            }

            var taken = Math.Max(next, now - TimeSpan.TicksPerSecond) + _interval;
            if (Interlocked.CompareExchange(ref _next, taken, next) == next)
            {
                return new SamplingResult(SamplingDecision.RecordAndSample);
            }
        }
    }
}
