using Azure.Core;
using Azure.Identity;
using CoordinatorBot.Storage.Activities;
using CoordinatorBot.Storage.Communities;
using CoordinatorBot.Storage.Decisions;
using CoordinatorBot.Storage.Dialogs;
using CoordinatorBot.Storage.Meetings;
using CoordinatorBot.Storage.Onboarding;
using CoordinatorBot.Storage.Outbox;
using CoordinatorBot.Storage.Scheduling;
using CoordinatorBot.Storage.Priorities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoordinatorBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds the table stores and creates the tables at start-up.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString) || o.TableServiceUri is not null,
                "Set Storage:ConnectionString (e.g. Azurite) or Storage:TableServiceUri (managed identity).")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TableOperationCounter>();
        services.AddSingleton<StorageBudget>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var clientOptions = new TableClientOptions();
            clientOptions.Retry.MaxRetries = options.MaxRetries;
            clientOptions.Retry.Delay = options.RetryDelay;
            clientOptions.Retry.MaxDelay = options.MaxRetryDelay;
            clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
            clientOptions.AddPolicy(sp.GetRequiredService<TableOperationCounter>(), HttpPipelinePosition.PerCall);
            clientOptions.AddPolicy(new StorageBudgetPolicy(sp.GetRequiredService<StorageBudget>(), sp.GetRequiredService<TimeProvider>(), options.NetworkTimeout), HttpPipelinePosition.PerRetry);
            var service = !string.IsNullOrWhiteSpace(options.ConnectionString)
                ? new TableServiceClient(options.ConnectionString, clientOptions)
                : new TableServiceClient(options.TableServiceUri, new DefaultAzureCredential(), clientOptions);
            return new StorageTables(service, options.TablePrefix);
        });
        services.AddSingleton<CommunityStore>();
        services.AddSingleton<MemberStore>();
        services.AddSingleton<PersonalConversationStore>();
        services.AddSingleton<HandledActivityStore>();
        services.AddSingleton<DecisionCache>();
        services.AddSingleton<DecisionStore>();
        services.AddSingleton<SettingStore>();
        services.AddSingleton<OnboardingStore>();
        services.AddSingleton<GreetingStore>();
        services.AddSingleton<DialogStore>();
        services.AddSingleton<TaskStore>();
        services.AddSingleton<LeaseStore>();
        services.AddSingleton<JobRunStore>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<MeetingStore>();
        services.AddSingleton<Backlog.BacklogCache>();
        services.AddSingleton<Backlog.BacklogStore>();
        services.AddSingleton<Status.StatusStore>();
        services.AddSingleton<Status.GovernanceStore>();
        services.AddSingleton<Backlog.GitHubQueueStore>();
        services.AddSingleton<Surveys.SurveyStore>();
        services.AddSingleton<Guides.GuideStore>();
        services.AddSingleton<Releases.ReleaseStore>();
        services.AddSingleton<People.PseudonymStore>();
        services.AddSingleton<People.PersonalDataStore>();
        services.AddSingleton<People.PersonalDataReader>();
        services.AddSingleton<Layouts.StoreLayoutRow>();
        services.AddSingleton<Backup.TableBackup>();
        services.AddSingleton<Backup.TableRestore>();
        services.AddHostedService<TableCreator>();
        // After the tables exist, before any request: the store in this code's layout.
        services.AddSingleton<Layouts.StoreUpgrader>();
        services.AddHostedService(sp => sp.GetRequiredService<Layouts.StoreUpgrader>());
        return services;
    }
}
