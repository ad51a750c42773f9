using CoordinatorBot.Bot.Protocol.Schema;

namespace CoordinatorBot.Bot.Protocol.Hosting;

/// <summary>What the protocol layer hands an authenticated activity to. Returns the invoke response, if any.</summary>
public interface IActivityHandler
{
    Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken);
}
