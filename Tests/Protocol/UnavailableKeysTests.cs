namespace CoordinatorBot.Tests.Protocol;

[Trait("Category", "Integration")]
public sealed class UnavailableKeysTests
{
    [Fact]
    public async Task When_the_signing_keys_cannot_be_read_nothing_is_handled_and_the_service_is_asked_to_retry()
    {
        var handler = new RecordingActivityHandler();
        await using var bot = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "7d3c2b8e-9b1a-4c55-8f5e-1f2a3b4c5d6e",
            ["MicrosoftAppTenantId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "not-used",
            ["Bot:OpenIdMetadataUrl"] = "http://127.0.0.1:1/v1/.well-known/openidconfiguration",
        }, services => services.AddSingleton<IActivityHandler>(handler), environment: "Production");
        var token = TokenFactory.Create(KeyServer.UnpublishedKey("k"), "7d3c2b8e-9b1a-4c55-8f5e-1f2a3b4c5d6e", "https://smba.trafficmanager.net/emea/");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(ActivityBuilder.ChannelMessage("https://smba.trafficmanager.net/emea/", "hjælp").ToJsonString(),
                Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");

        using var response = await bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.Empty(handler.Handled);
    }
}
