using Microsoft.Extensions.Hosting;

namespace CoordinatorBot.Tests.Support;

/// <summary>Keeps the job scheduler and the outbox sender registered (tests call them) but not running by themselves.</summary>
internal static class HostedScheduler
{
    public static void SwitchOff(IServiceCollection services)
    {
        for (var i = services.Count - 1; i >= 0; i--)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType != typeof(IHostedService))
            {
                continue;
            }

            if (descriptor.ImplementationType is { } type && IsScheduler(type))
            {
                services.RemoveAt(i);
            }
            else if (descriptor.ImplementationFactory is { } factory)
            {
                // They are registered as "the singleton, started as a hosted service": ask the factory, keep the rest.
                services[i] = ServiceDescriptor.Singleton<IHostedService>(sp =>
                    factory(sp) is var service && IsScheduler(service.GetType()) ? new Idle() : (IHostedService)service);
            }
        }
    }

    private static bool IsScheduler(Type type) => type == typeof(JobScheduler) || type == typeof(OutboxSender);

    private sealed class Idle : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
