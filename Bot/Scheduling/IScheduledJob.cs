namespace CoordinatorBot.Bot.Scheduling;

/// <summary>A job the scheduler runs on every tick; it decides itself what is due, and claims each occurrence once.</summary>
public interface IScheduledJob
{
    string Name { get; }

    Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
