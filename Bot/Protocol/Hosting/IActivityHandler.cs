using CoordinatorBot.Bot.Protocol.Schema;

namespace CoordinatorBot.Bot.Protocol.Hosting;

/// <summary>What the protocol layer hands an authenticated activity to. Returns the invoke response, if any.</summary>
public interface IActivityHandler
{
    Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// True when the handler of this activity recognises a redelivery of it by itself; the endpoint then makes no claim
    /// (one table write fewer on the turn).
    /// </summary>
    bool RecognisesRedelivery(Activity activity) => false;
}
