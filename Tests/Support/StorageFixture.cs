namespace CoordinatorBot.Tests.Support;

/// <summary>Tables of their own in Azurite, created for one test class.</summary>
public sealed class StorageFixture : IAsyncLifetime
{
    public StorageTables Tables { get; } =
        new(new TableServiceClient(TestSettings.StorageConnectionString), TestSettings.NewTablePrefix());

    public Task InitializeAsync() => Tables.CreateAllAsync(default);

    public Task DisposeAsync() => Task.CompletedTask;
}
