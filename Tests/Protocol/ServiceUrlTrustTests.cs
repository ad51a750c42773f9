using Microsoft.IdentityModel.Tokens;

namespace CoordinatorBot.Tests.Protocol;

/// <summary>
/// Where the bot's token may go, against the running bot with the real router (an app id, keys from a local key
/// server): never to a host off the allow-list, whether an activity or a stored address names it; and a stored
/// address changes only when the Bot Connector's token vouched for the new one.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ServiceUrlTrustTests : IAsyncLifetime
{
    private const string AppId = KeyServer.AppId;
    private const string EntraTenant = KeyServer.EntraTenant;
    private const string BotToken = "the-bots-own-token";

    private KeyServer _keys = null!;
    private RsaSecurityKey _key = null!;
    private FakeConnector _attacker = null!;

    public async Task InitializeAsync()
    {
        _keys = await KeyServer.StartAsync();
        _key = _keys.AddKey("teams-key", "msteams");
        _attacker = await FakeConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _attacker.DisposeAsync();
        await _keys.DisposeAsync();
    }

    [Fact]
    public async Task An_activity_whose_service_url_is_off_the_list_gets_403_and_the_attacker_receives_nothing()
    {
        await using var bot = await StartBotAsync("Production");

        var vouched = await PostAsync(bot, Message(_attacker.ServiceUrl, "hjælp"), BotConnectorToken(_attacker.ServiceUrl));
        var entra = await PostAsync(bot, Message(_attacker.ServiceUrl, "hjælp"), EntraToken());

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (vouched, entra));
        Assert.Empty(_attacker.Requests);
        Assert.Null(await bot.Services.GetRequiredService<CommunityStore>().GetAsync(ActivityBuilder.TeamId, default));
    }

    [Fact]
    public async Task A_stored_address_off_the_list_is_never_used()
    {
        await using var bot = await StartBotAsync("Production");
        var outbox = bot.Services.GetRequiredService<OutboxStore>();
        var key = $"test|{Guid.NewGuid():N}";
        await outbox.EnqueueAsync(key, new OutboxTarget(_attacker.ServiceUrl, ActivityBuilder.TenantId, ActivityBuilder.BotId, "a:1", null),
            """{"type":"message","text":"nudge"}""", DateTimeOffset.UtcNow, default);

        await bot.Services.GetRequiredService<OutboxSender>().DeliverDueAsync(default);

        // The hosted sender may have taken the row first; either way it ends failed and nothing was sent.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(15);
        while ((await outbox.GetAsync(key, default))!.Status != nameof(OutboxStatus.Failed) && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(nameof(OutboxStatus.Failed), (await outbox.GetAsync(key, default))!.Status);
        Assert.Empty(_attacker.Requests);
    }

    [Fact]
    public async Task In_Development_the_local_connector_is_answered_with_the_bots_token()
    {
        await using var teams = await FakeConnector.StartAsync();
        await using var bot = await StartBotAsync("Development");

        var response = await PostAsync(bot, Message(teams.ServiceUrl, "hjælp"), BotConnectorToken(teams.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response);
        var reply = Assert.Single(teams.Sent("POST"));
        Assert.Equal($"Bearer {BotToken}", reply.Authorization);
    }

    [Fact]
    public async Task A_community_keeps_its_address_until_the_Bot_Connector_vouches_for_a_new_one()
    {
        await using var teams = await FakeConnector.StartAsync();
        await using var other = await FakeConnector.StartAsync();
        await using var bot = await StartBotAsync("Development");
        var communities = bot.Services.GetRequiredService<CommunityStore>();

        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, Message(teams.ServiceUrl, "hjælp"), BotConnectorToken(teams.ServiceUrl)));
        Assert.Equal(teams.ServiceUrl, (await communities.GetAsync(ActivityBuilder.TeamId, default))!.Channel.ServiceUrl);

        // An Entra token names no service URL: the activity is answered, the stored address stays.
        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, Message(other.ServiceUrl, "hjælp"), EntraToken()));
        Assert.Equal(teams.ServiceUrl, (await communities.GetAsync(ActivityBuilder.TeamId, default))!.Channel.ServiceUrl);

        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, Message(other.ServiceUrl, "hjælp"), BotConnectorToken(other.ServiceUrl)));
        Assert.Equal(other.ServiceUrl, (await communities.GetAsync(ActivityBuilder.TeamId, default))!.Channel.ServiceUrl);
    }

    [Fact]
    public async Task A_community_created_without_a_vouched_address_stores_none()
    {
        await using var teams = await FakeConnector.StartAsync();
        await using var bot = await StartBotAsync("Development");
        var communities = bot.Services.GetRequiredService<CommunityStore>();

        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, Message(teams.ServiceUrl, "hjælp"), EntraToken()));

        Assert.Equal(string.Empty, (await communities.GetAsync(ActivityBuilder.TeamId, default))!.Channel.ServiceUrl);
    }

    [Fact]
    public async Task A_personal_chat_is_stored_only_with_a_vouched_address()
    {
        await using var teams = await FakeConnector.StartAsync();
        await using var other = await FakeConnector.StartAsync();
        await using var bot = await StartBotAsync("Development");
        var personal = bot.Services.GetRequiredService<PersonalConversationStore>();

        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, PersonalMessage(other.ServiceUrl), EntraToken()));
        Assert.Null(await personal.GetAsync(ActivityBuilder.TenantId, "aad-alice", default));

        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, PersonalMessage(teams.ServiceUrl), BotConnectorToken(teams.ServiceUrl)));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(bot, PersonalMessage(other.ServiceUrl), EntraToken()));

        Assert.Equal(teams.ServiceUrl, (await personal.GetAsync(ActivityBuilder.TenantId, "aad-alice", default))!.Address.ServiceUrl);
    }

    private Task<BotHost> StartBotAsync(string environment) => BotHost.StartAsync(_keys.BotSettings(), services => services.AddSingleton(new ConnectorTokenSource(new StaticTokenCredential(BotToken), TimeProvider.System)),
        environment: environment);

    private string BotConnectorToken(string serviceUrl) => TokenFactory.Create(_key, AppId, serviceUrl);

    /// <summary>An Entra token the bot itself asked for: accepted, but it vouches for no service URL.</summary>
    private string EntraToken() => TokenFactory.Create(_key, AppId, serviceUrl: null,
        issuer: $"https://login.microsoftonline.com/{EntraTenant}/v2.0",
        extraClaims: new Dictionary<string, object> { ["tid"] = EntraTenant, ["ver"] = "2.0", ["azp"] = AppId });

    private static JsonObject Message(string serviceUrl, string text) => ActivityBuilder.ChannelMessage(serviceUrl, text);

    private static JsonObject PersonalMessage(string serviceUrl)
    {
        var activity = ActivityBuilder.ChannelMessage(serviceUrl, "hjælp");
        activity["conversation"] = new JsonObject
        {
            ["id"] = "a:personal-alice", ["conversationType"] = "personal", ["tenantId"] = ActivityBuilder.TenantId,
        };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = ActivityBuilder.TenantId } };
        return activity;
    }

    private static async Task<HttpStatusCode> PostAsync(BotHost bot, JsonObject activity, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        using var response = await bot.Client.SendAsync(request);
        return response.StatusCode;
    }
}
