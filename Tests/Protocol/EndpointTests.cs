namespace CoordinatorBot.Tests.Protocol;

/// <summary>The HTTP envelope of /api/messages, in Development without an app id (as the Playground talks to it).</summary>
[Trait("Category", "Integration")]
public sealed class EndpointTests : RecordingBotTest
{
    [Fact]
    public async Task A_loopback_caller_without_a_token_is_accepted_in_Development_without_an_app_id()
    {
        var response = await PostAsync(ActivityBuilder.ChannelMessage(ServiceUrl, "hjælp").ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(Handler.Handled);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("\"message\"")]
    [InlineData("{}")]
    [InlineData("{\"type\": \"\"}")]
    [InlineData("{\"type\": 42}")]
    [InlineData("")]
    public async Task A_body_that_is_not_an_activity_gets_400_and_reaches_no_handler(string body)
    {
        var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Handler.Handled);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Other_methods_get_405(string method)
    {
        using var response = await Bot.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/messages"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_256_KB_gets_413()
    {
        var activity = ActivityBuilder.ChannelMessage(ServiceUrl, new string('x', 256 * 1024));

        var response = await PostAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Handler.Handled);
    }

    [Fact]
    public async Task A_chunked_body_over_256_KB_gets_413_too()
    {
        var bytes = Encoding.UTF8.GetBytes(ActivityBuilder.ChannelMessage(ServiceUrl, new string('x', 300 * 1024)).ToJsonString());
        using var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await Bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_invoke_nobody_handles_gets_400()
    {
        var activity = ActivityBuilder.ChannelMessage(ServiceUrl, "x");
        activity["type"] = "invoke";
        activity["name"] = "composeExtension/query";

        var response = await PostAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_invoke_answers_with_its_invoke_response()
    {
        var activity = ActivityBuilder.Execute(ServiceUrl, "any.verb", new JsonObject());

        var response = await PostAsync(activity.ToJsonString());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        // JSON, with its length rather than in chunks.
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal((await response.Content.ReadAsByteArrayAsync()).Length, response.Content.Headers.ContentLength);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
    }

    [Fact]
    public async Task A_redelivered_activity_is_acknowledged_but_handled_once()
    {
        var body = ActivityBuilder.ChannelMessage(ServiceUrl, "hjælp").ToJsonString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => PostAsync(body)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(Handler.Handled);
    }

    [Fact]
    public async Task Unknown_activity_types_are_acknowledged()
    {
        var activity = ActivityBuilder.ChannelMessage(ServiceUrl, "x");
        activity["type"] = "somethingNew";

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(activity.ToJsonString())).StatusCode);
    }

    [Fact]
    public async Task Outside_Development_a_missing_app_id_stops_start_up_with_a_clear_message()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(environment: "Production"));

        Assert.Contains("MicrosoftAppId is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_url_host_entry_that_would_allow_a_shared_domain_stops_start_up()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            BotHost.StartAsync(new Dictionary<string, string?> { ["Bot:ServiceUrlHosts:0"] = "*.net" }));

        Assert.Contains("Bot:ServiceUrlHosts", error.Message, StringComparison.Ordinal);
    }
}
