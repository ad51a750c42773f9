using CoordinatorBot.Bot.Scheduling;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>
/// Closes decisions whose deadline has passed, at every scheduler tick (on the instance that holds the lease). The
/// outcome is announced through the outbox; closing uses the ETag, so a decision is closed and announced once.
/// </summary>
public sealed class DecisionDeadlineJob(DecisionService service) : IScheduledJob
{
    public string Name => "decision-deadline";

    public Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken) => service.CloseOverdueAsync(cancellationToken);
}
