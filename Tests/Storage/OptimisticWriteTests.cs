using Azure;

namespace CoordinatorBot.Tests.Storage;

/// <summary>Read–modify–write against Azurite: concurrent writers all keep their change.</summary>
[Trait("Category", "Integration")]
public sealed class OptimisticWriteTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    [Fact]
    public async Task Forty_concurrent_appends_to_one_row_are_all_kept()
    {
        var table = storage.Tables[TableNames.Members];

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => table.ReadModifyWriteAsync<CounterEntity>(
            "counter", "row", current => new CounterEntity { Items = Append(current?.Items, i.ToString(System.Globalization.CultureInfo.InvariantCulture)) },
            default))));

        var row = (await table.GetEntityAsync<CounterEntity>("counter", "row")).Value;
        Assert.Equal(Enumerable.Range(0, 40).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(),
            row.Items.Split(',').Order());
    }

    [Fact]
    public async Task Concurrent_role_assignments_to_one_person_are_all_kept()
    {
        var members = new MemberStore(storage.Tables);
        var roles = Enum.GetValues<Role>();

        await Task.WhenAll(roles.Select(role => Task.Run(() => members.UpdateAsync("community-a", "aad-bob", current =>
            new Member("aad-bob", "Bob", new HashSet<Role>(current?.Roles ?? new HashSet<Role>()) { role }, null), default))));

        var bob = await members.GetAsync("community-a", "aad-bob", default);
        Assert.Equal(roles.Order(), bob!.Roles.Order());
    }

    [Fact]
    public async Task A_change_that_returns_null_writes_nothing()
    {
        var table = storage.Tables[TableNames.Members];
        await table.ReadModifyWriteAsync<CounterEntity>("counter", "untouched", _ => new CounterEntity { Items = "a" }, default);
        var before = (await table.GetEntityAsync<CounterEntity>("counter", "untouched")).Value.ETag;

        var result = await table.ReadModifyWriteAsync<CounterEntity>("counter", "untouched", _ => null, default);

        Assert.Equal("a", result!.Items);
        Assert.Equal(before, (await table.GetEntityAsync<CounterEntity>("counter", "untouched")).Value.ETag);
    }

    private static string Append(string? items, string item) => string.IsNullOrEmpty(items) ? item : $"{items},{item}";

    public sealed class CounterEntity : ITableEntity
    {
        public string PartitionKey { get; set; } = string.Empty;
        public string RowKey { get; set; } = string.Empty;
        public DateTimeOffset? Timestamp { get; set; }
        public ETag ETag { get; set; }
        public string Items { get; set; } = string.Empty;
    }
}
