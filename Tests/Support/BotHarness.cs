namespace CoordinatorBot.Tests.Support;

/// <summary>The whole bot (Development, Azurite) talking to a local connector: what a Teams client would see.</summary>
public sealed class BotHarness(Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null,
    IDictionary<string, string?>? settings = null, bool hostedScheduler = true) : IAsyncLifetime
{
    public FakeConnector Connector { get; private set; } = null!;
    public BotHost Bot { get; private set; } = null!;
    public string ServiceUrl => Connector.ServiceUrl;

    /// <summary>One of the running bot's services, for what a test sets up or reads back in storage.</summary>
    public T Service<T>() where T : notnull => Bot.Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Bot = await BotHost.StartAsync(settings, services, hostedScheduler: hostedScheduler);
    }

    public async Task DisposeAsync()
    {
        var unmarked = await RowsWithoutThisLayoutAsync();
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        // Whatever a test made the bot write, every row it wrote says this code's layout (README, "Records").
        Assert.Empty(unmarked);
    }

    private async Task<IReadOnlyList<string>> RowsWithoutThisLayoutAsync()
    {
        var tables = Bot.Services.GetRequiredService<StorageTables>();
        var unmarked = new List<string>();
        try
        {
            foreach (var table in TableNames.All)
            {
                await foreach (var row in tables[table].QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey", StoreLayout.Property]))
                {
                    if (row.GetInt32(StoreLayout.Property) != StoreLayout.Current)
                    {
                        unmarked.Add($"{table}: {row.PartitionKey} / {row.RowKey}");
                    }
                }
            }
        }
        catch (Exception e) when (StorageFault.Is(e))
        {
            // The test cut storage away: there is nothing to look at.
        }

        return unmarked;
    }

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        var response = await Bot.Client.PostAsync("/api/messages",
            new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        return response;
    }

    /// <summary>Sends a message and returns what the bot answered in the conversation (a card or a text).</summary>
    public async Task<RecordedRequest> SayAsync(string text, string aad = "aad-alice", string name = "Alice", string locale = "da-DK")
    {
        var before = Connector.Requests.Count;
        var response = await PostAsync(ActivityBuilder.ChannelMessage(ServiceUrl, text, aad, name, locale));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Connector.Requests.Skip(before).Last(r => r.Method == "POST" && r.Path.Contains("/activities/", StringComparison.Ordinal));
    }

    /// <summary>Presses an Action.Execute button and returns the invoke response's body.</summary>
    public async Task<JsonNode> PressAsync(string verb, JsonObject data, string aad = "aad-alice", string name = "Alice")
    {
        var response = await PostAsync(ActivityBuilder.Execute(ServiceUrl, verb, data, aad, name));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>
    /// A community to test in: Alice adds the bot to the team and saves the first setup, so she is its coordinator;
    /// both bodies decide by <paramref name="rule"/>.
    /// </summary>
    public async Task SetUpCommunityAsync(string rule = "SimpleMajority", string? coordinationRule = null)
    {
        await PostAsync(ActivityBuilder.TeamInstall(ServiceUrl));
        await PressAsync(CardVerbs.SaveSetup, new JsonObject
        {
            ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10", ["lang"] = "da",
            ["steeringRule"] = rule, ["coordinationRule"] = coordinationRule ?? rule, ["participation"] = "0",
        });
    }

    /// <summary>
    /// A second community, OS2forms in <see cref="ActivityBuilder.TeamTwo"/>, installed and set up by Alice as Teams would:
    /// for the tests of what one community must not see or do in another.
    /// </summary>
    public async Task SetUpSecondCommunityAsync()
    {
        var install = ActivityBuilder.TeamInstall(ServiceUrl, teamId: ActivityBuilder.TeamTwo);
        install["channelData"]!["team"]!["name"] = "OS2forms fællesskab";
        await PostAsync(install);
        var setup = ActivityBuilder.Execute(ServiceUrl, CardVerbs.SaveSetup, new JsonObject
        {
            ["productName"] = "OS2forms", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10", ["lang"] = "da",
            ["steeringRule"] = "SimpleMajority", ["coordinationRule"] = "SimpleMajority", ["participation"] = "0",
        }, teamId: ActivityBuilder.TeamTwo);
        setup["channelData"]!["team"]!["name"] = "OS2forms fællesskab";
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(setup)).StatusCode);
    }

    /// <summary>Every file of the decision log's export, as the link of "eksportér beslutninger" downloads it.</summary>
    public async Task<Dictionary<string, string>> DecisionExportAsync()
    {
        var card = (await SayAsync("eksportér beslutninger")).Cards().Single();
        var link = new Uri(card["actions"]![0]!["url"]!.GetValue<string>());
        using var response = await Bot.Client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var files = new Dictionary<string, string>();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(await entry.OpenAsync(), Encoding.UTF8);
            files[entry.FullName] = await reader.ReadToEndAsync();
        }

        return files;
    }

    /// <summary>The tables in which any row (keys or any text property, raw) holds <paramref name="text"/>.</summary>
    public async Task<IReadOnlyList<string>> TablesHoldingAsync(string text)
    {
        var tables = Service<StorageTables>();
        var found = new List<string>();
        foreach (var table in TableNames.All)
        {
            await foreach (var row in tables[table].QueryAsync<TableEntity>())
            {
                if (row.PartitionKey.Contains(text, StringComparison.Ordinal) || row.RowKey.Contains(text, StringComparison.Ordinal) ||
                    row.Any(p => p.Value is string s && s.Contains(text, StringComparison.Ordinal)))
                {
                    found.Add(table);
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Alice proposes "Fælles testmiljø" to the steering group, decided by the body's own rule, with its deadline at noon
    /// on <paramref name="deadlineDate"/> (yyyy-MM-dd); the proposal goes to the vote.
    /// </summary>
    public async Task ProposeTestEnvironmentAsync(string deadlineDate)
    {
        var proposed = await PressAsync(CardVerbs.ProposeDecision, new JsonObject
        {
            ["lang"] = "da", ["title"] = "Fælles testmiljø", ["type"] = "Operational", ["body"] = "SteeringGroup",
            ["context"] = "Kommunerne tester hver for sig.", ["proposal"] = "Ét fælles testmiljø.", ["deadlineDate"] = deadlineDate,
            ["deadlineTime"] = "12:00", ["rule"] = "body", ["participation"] = "0",
        });
        Assert.Contains("er sendt til afstemning", Text(proposed["value"]), StringComparison.Ordinal);
    }

    /// <summary>
    /// The community most tests start in: Alice adds the bot and sets it up, so she coordinates; the people of
    /// <paramref name="steeringGroup"/> sit in its steering group. All of them are on the team's roster.
    /// </summary>
    public async Task SetUpSteeringGroupAsync(params (string Id, string Name)[] steeringGroup)
    {
        Connector.Roster.AddRange([("aad-alice", "Alice"), .. steeringGroup]);
        await SetUpCommunityAsync();
        await AddMembersAsync(Role.SteeringGroup, steeringGroup);
    }

    /// <summary>Gives people a role straight in storage: where a test starts, not what it tests.</summary>
    public async Task AddMembersAsync(Role role, params (string Id, string Name)[] people)
    {
        var members = Bot.Services.GetRequiredService<MemberStore>();
        foreach (var (id, name) in people)
        {
            await members.UpdateAsync(ActivityBuilder.TeamId, id, _ => new Member(id, name, new HashSet<Role> { role }, null, $"29:{id}"), default);
        }
    }

    /// <summary>
    /// A 1:1 chat the bot already has with a person (Teams id "29:{id}", conversation <paramref name="chat"/>), stored as
    /// the bot keeps it after the person's first message: where a test of proactive messages starts.
    /// </summary>
    public async Task OpenPersonalChatAsync(string id, string name, string chat, string locale = "da-DK")
    {
        await Service<PersonalConversationStore>().UpdateAsync(ActivityBuilder.TenantId, id,
            _ => new PersonalConversation(ActivityBuilder.TenantId, id, $"29:{id}", name,
                new ChannelAddress(ServiceUrl, chat, ActivityBuilder.BotId), locale, true), default);
    }

    /// <summary>All the text of a card, for asserting what a person reads.</summary>
    public static string Text(JsonNode? card) => card switch
    {
        JsonObject o => string.Join(' ', o.Where(p => p.Key is "text" or "title" or "label" or "value" && p.Value is JsonValue)
            .Select(p => p.Value!.ToString()).Concat(o.Where(p => p.Value is JsonObject or JsonArray).Select(p => Text(p.Value)))),
        JsonArray a => string.Join(' ', a.Select(Text)),
        _ => string.Empty,
    };
}
