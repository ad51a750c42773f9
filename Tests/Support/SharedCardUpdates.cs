using Microsoft.Extensions.Hosting;

namespace CoordinatorBot.Tests.Support;

/// <summary>
/// Switches off the shared card's background update (it reads each decision in full after a vote), so that a test
/// counts or races only what the turns themselves do.
/// </summary>
internal static class SharedCardUpdates
{
    public static void SwitchOff(IServiceCollection services)
    {
        foreach (var updater in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(SharedCardUpdater)).ToList())
        {
            services.Remove(updater);
        }
    }
}
