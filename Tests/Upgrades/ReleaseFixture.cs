namespace CoordinatorBot.Tests.Upgrades;

/// <summary>
/// One earlier release's tables (<c>Tests/Upgrades/Fixtures/&lt;name&gt;</c>, written by that release's own code) restored
/// into tables of their own in Azurite, and today's bot started on them at the time the release wrote them.
/// </summary>
public sealed class ReleaseFixture : IAsyncDisposable
{
    private ReleaseFixture(string name, JsonNode expected, string prefix, FakeTimeProvider time)
    {
        Name = name;
        Expected = expected;
        Prefix = prefix;
        Time = time;
    }

    public static string Folder => RepositoryRoot.Combine("Tests", "Upgrades", "Fixtures");

    /// <summary>Every release that left a fixture, oldest first.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Directory.GetDirectories(Folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public string Name { get; }

    public static JsonNode ExpectedOf(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name, "expected.json")))!;

    /// <summary>The layout the release's store said it had when it was dumped (0: releases 1-4 recorded none).</summary>
    public static int LayoutOf(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name, "archive.json")))!["layout"]!.GetValue<int>();

    /// <summary>The releases whose store today's bot brings forward (an older layout than today's).</summary>
    public static IEnumerable<string> NamesToUpgrade => Names.Where(name => LayoutOf(name) < StoreLayout.Current);

    /// <summary>What the release's bot showed of the community (<c>expected.json</c>).</summary>
    public JsonNode Expected { get; }

    public string Prefix { get; }

    public FakeTimeProvider Time { get; }

    public BotHarness Harness { get; private set; } = null!;

    public string TeamId => Expected["teamId"]!.GetValue<string>();

    public StorageTables Tables => new(new TableServiceClient(TestSettings.StorageConnectionString), Prefix);

    /// <summary>Restores the release's tables and starts today's bot on them, an hour after the release wrote them.</summary>
    public static async Task<ReleaseFixture> StartAsync(string name)
    {
        var fixture = Create(name, TestSettings.NewTablePrefix());
        await fixture.RestoreAsync();
        await fixture.StartBotAsync();
        return fixture;
    }

    /// <summary>Starts today's bot on tables that hold the release's community already (restored from a backup).</summary>
    public static async Task<ReleaseFixture> AttachAsync(string name, string prefix)
    {
        var fixture = Create(name, prefix);
        await fixture.StartBotAsync();
        return fixture;
    }

    private static ReleaseFixture Create(string name, string prefix)
    {
        var expected = ExpectedOf(name);
        var writtenAt = DateTimeOffset.Parse(expected["writtenAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        return new ReleaseFixture(name, expected, prefix, new FakeTimeProvider(writtenAt.AddHours(1)));
    }

    private async Task RestoreAsync()
    {
        var tables = Tables;
        var layout = new StoreLayoutRow(tables, TimeProvider.System);
        using var archive = ArchiveReader.Open(Path.Combine(Folder, Name));
        await new TableRestore(tables, layout).RestoreAsync(archive, replace: false, default);
    }

    public async Task StartBotAsync()
    {
        Harness = new BotHarness(services => services.AddSingleton<TimeProvider>(Time),
            new Dictionary<string, string?> { ["Storage:TablePrefix"] = Prefix }, hostedScheduler: false);
        await Harness.InitializeAsync();
    }

    public async Task RestartBotAsync()
    {
        await Harness.DisposeAsync();
        await StartBotAsync();
    }

    /// <summary>Says <paramref name="text"/> in the community's channel and returns the text of what the bot answered.</summary>
    public async Task<string> SayAsync(string text, string aad = "aad-coordinator", string name = "Karen Koordinator")
    {
        // Everything it posted, without Markdown's bold: what a person reads.
        var answers = await AnswersAsync(text, aad, name);
        return string.Join(' ', answers.Select(a => $"{a.Text} {string.Join(' ', a.Cards().Select(BotHarness.Text))}")).Replace("**", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Says <paramref name="text"/> in the community's channel and returns what the bot posted.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> AnswersAsync(string text, string aad = "aad-coordinator", string name = "Karen Koordinator")
    {
        var before = Harness.Connector.Requests.Count;
        Time.Advance(TimeSpan.FromSeconds(1));
        using var response = await Harness.PostAsync(Channel(ActivityBuilder.ChannelMessage(Harness.ServiceUrl, text, aad, name, teamId: TeamId)));
        Assert.True(response.IsSuccessStatusCode, $"{text}: {(int)response.StatusCode}");
        return [.. Harness.Connector.Requests.Skip(before).Where(r => r.Method == "POST" && r.Path.Contains("/activities", StringComparison.Ordinal))];
    }

    /// <summary>
    /// Ends the dialogs the release left open, as their people would (»annullér«), so that what a test says next is a
    /// command; a dialog left more than a day ago says that it expired.
    /// </summary>
    public async Task CloseOpenDialogsAsync()
    {
        foreach (var dialog in Expected["dialogs"]?.AsArray() ?? [])
        {
            var person = dialog!["aadObjectId"]!.GetValue<string>();
            await SayAsync("annullér", person, Expected["people"]!.AsArray().First(p => p!["aadObjectId"]!.GetValue<string>() == person)!["name"]!.GetValue<string>());
        }
    }

    /// <summary>
    /// Says <paramref name="text"/> in the person's personal chat with the bot (the conversation the release stored for
    /// them), from a Danish Teams; returns the text of what the bot answered.
    /// </summary>
    public async Task<string> SayPersonallyAsync(string text, string aad, string name)
    {
        var tenant = Expected["tenantId"]!.GetValue<string>();
        var activity = ActivityBuilder.ChannelMessage(Harness.ServiceUrl, text, aad, name, teamId: TeamId);
        activity["conversation"] = new JsonObject { ["id"] = $"a:personal-{aad}", ["conversationType"] = "personal", ["tenantId"] = tenant };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } };
        activity["text"] = text;
        activity.Remove("entities");
        var before = Harness.Connector.Requests.Count;
        Time.Advance(TimeSpan.FromSeconds(1));
        using var response = await Harness.PostAsync(activity);
        Assert.True(response.IsSuccessStatusCode, $"{text}: {(int)response.StatusCode}");
        var answers = Harness.Connector.Requests.Skip(before).Where(r => r.Method == "POST" && r.Path.Contains("/activities", StringComparison.Ordinal));
        return string.Join(' ', answers.Select(a => $"{a.Text} {string.Join(' ', a.Cards().Select(BotHarness.Text))}")).Replace("**", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Presses a button on a card in the community's channel; returns the invoke response's body.</summary>
    public async Task<JsonNode> PressAsync(string verb, JsonObject data, string aad, string name)
    {
        Time.Advance(TimeSpan.FromSeconds(1));
        using var response = await Harness.PostAsync(Channel(ActivityBuilder.Execute(Harness.ServiceUrl, verb, data, aad, name, teamId: TeamId)));
        Assert.True(response.IsSuccessStatusCode, $"{verb}: {(int)response.StatusCode}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>The activity as the release's channel and tenant sent it.</summary>
    private JsonObject Channel(JsonObject activity)
    {
        var tenant = Expected["tenantId"]!.GetValue<string>();
        activity["conversation"]!["tenantId"] = tenant;
        activity["channelData"]!["tenant"]!["id"] = tenant;
        return activity;
    }

    /// <summary>Every row of every table the store holds, as the backup writes them (without the service's Timestamp).</summary>
    public async Task<IReadOnlyList<string>> RowsAsync()
    {
        var rows = new List<string>();
        var tables = Tables;
        foreach (var table in await tables.ExistingAsync(LayoutHistory.AllTables, default))
        {
            await foreach (var row in tables[table].QueryAsync<TableEntity>())
            {
                using var buffer = new MemoryStream();
                await using (var writer = new Utf8JsonWriter(buffer))
                {
                    row.Timestamp = null;
                    RowJson.Write(writer, row);
                }

                rows.Add($"{table} {System.Text.Encoding.UTF8.GetString(buffer.ToArray())}");
            }
        }

        return rows;
    }

    public async ValueTask DisposeAsync() => await Harness.DisposeAsync();
}
