using Microsoft.IdentityModel.Tokens;

namespace CoordinatorBot.Tests.Protocol;

/// <summary>
/// Forged and valid tokens against the running bot (Production environment, an app id, keys from a local key
/// server): every forgery gets 401 and reaches no handler.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string AppId = KeyServer.AppId;
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private const string EntraTenant = KeyServer.EntraTenant;

    private readonly RecordingActivityHandler _handler = new();
    private KeyServer _keys = null!;
    private BotHost _bot = null!;
    private RsaSecurityKey _teamsKey = null!;

    public async Task InitializeAsync()
    {
        _keys = await KeyServer.StartAsync();
        _teamsKey = _keys.AddKey("teams-key", "msteams", "webchat");
        _bot = await BotHost.StartAsync(_keys.BotSettings(), services => services.AddSingleton<IActivityHandler>(_handler), environment: "Production");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _keys.DisposeAsync();
    }

    [Fact]
    public async Task A_valid_Bot_Connector_token_is_accepted_and_the_activity_handled()
    {
        var response = await PostAsync(Bearer(TokenFactory.Create(_teamsKey, AppId, ServiceUrl)));

        Assert.Equal(HttpStatusCode.OK, response);
        Assert.Single(_handler.Handled);
    }

    [Fact]
    public async Task The_serviceurl_comparison_ignores_case()
    {
        var response = await PostAsync(Bearer(TokenFactory.Create(_teamsKey, AppId, ServiceUrl.ToUpperInvariant())));

        Assert.Equal(HttpStatusCode.OK, response);
    }

    [Theory]
    [InlineData("2.0", "azp")]
    [InlineData("1.0", "appid")]
    [InlineData(null, "appid")]
    public async Task An_Entra_issued_token_whose_caller_is_the_bot_itself_is_accepted(string? version, string callerClaim)
    {
        var response = await PostAsync(Bearer(EntraToken(version, callerClaim, AppId)));

        Assert.Equal(HttpStatusCode.OK, response);
        Assert.Single(_handler.Handled);
    }

    [Theory]
    [InlineData("2.0", "azp", "foreign app, v2")]
    [InlineData("1.0", "appid", "foreign app, v1")]
    [InlineData(null, "appid", "foreign app, no ver")]
    [InlineData("2.0", "appid", "v2 naming the bot in appid instead of azp")]
    [InlineData("1.0", "azp", "v1 naming the bot in azp instead of appid")]
    [InlineData("3.0", "azp", "unknown ver")]
    [InlineData("3.0", "appid", "unknown ver, appid")]
    public async Task An_Entra_issued_token_of_another_caller_gets_401(string? version, string callerClaim, string forgery)
    {
        var caller = forgery.StartsWith("foreign", StringComparison.Ordinal) ? "99999999-aaaa-bbbb-cccc-000000000000" : AppId;

        var response = await PostAsync(Bearer(EntraToken(version, callerClaim, caller)));

        Assert.Equal(HttpStatusCode.Unauthorized, response);
        Assert.Empty(_handler.Handled);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    [InlineData("")]
    [InlineData(null)]
    public async Task An_authenticated_activity_of_another_channel_gets_403_and_reaches_no_handler(string? channelId)
    {
        var activity = ActivityBuilder.ChannelMessage(ServiceUrl, "hjælp");
        activity["channelId"] = channelId;

        // The Bot Connector signs for every channel: a key endorsed for this one makes the token valid for it.
        var key = _keys.AddKey($"key-{channelId}", "msteams", "webchat", "directline", "emulator");

        var response = await PostAsync(Bearer(TokenFactory.Create(key, AppId, ServiceUrl)), activity);

        Assert.Equal(HttpStatusCode.Forbidden, response);
        Assert.Empty(_handler.Handled);
    }

    /// <summary>
    /// An Entra token for the bot's audience, without a serviceurl claim, as any app registration of a tenant can get
    /// one; <paramref name="callerClaim"/> names the app that asked for it.
    /// </summary>
    private string EntraToken(string? version, string callerClaim, string caller)
    {
        var claims = new Dictionary<string, object> { ["tid"] = EntraTenant, [callerClaim] = caller };
        if (version is not null)
        {
            claims["ver"] = version;
        }

        return TokenFactory.Create(_teamsKey, AppId, serviceUrl: null,
            issuer: version == "2.0" ? $"https://login.microsoftonline.com/{EntraTenant}/v2.0" : $"https://sts.windows.net/{EntraTenant}/",
            extraClaims: claims);
    }

    [Fact]
    public async Task A_key_published_after_start_is_found_by_one_refresh()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Bearer(TokenFactory.Create(_teamsKey, AppId, ServiceUrl))));
        var rotated = _keys.AddKey("rotated-key", "msteams");

        var response = await PostAsync(Bearer(TokenFactory.Create(rotated, AppId, ServiceUrl)));

        Assert.Equal(HttpStatusCode.OK, response);
        Assert.Equal(2, _handler.Handled.Count);
    }

    public static TheoryData<string> Forgeries() =>
    [
        "expired", "not yet valid", "wrong issuer", "wrong audience", "bad signature", "alg none", "HS256 with the public key",
        "unknown kid", "key not endorsed for the channel", "key without endorsements", "serviceurl differs",
        "serviceurl missing", "Entra token with another tenant's tid", "RS256 signed but issuer of another cloud",
    ];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_forged_token_gets_401_and_reaches_no_handler(string forgery)
    {
        var now = DateTimeOffset.UtcNow;
        var token = forgery switch
        {
            "expired" => TokenFactory.Create(_teamsKey, AppId, ServiceUrl, now.AddHours(-2), now.AddMinutes(-6)),
            "not yet valid" => TokenFactory.Create(_teamsKey, AppId, ServiceUrl, now.AddMinutes(6), now.AddHours(1)),
            "wrong issuer" => TokenFactory.Create(_teamsKey, AppId, ServiceUrl, issuer: "https://evil.example.com"),
            "wrong audience" => TokenFactory.Create(_teamsKey, "00000000-1111-2222-3333-444444444444", ServiceUrl),
            "bad signature" => Tamper(TokenFactory.Create(_teamsKey, AppId, ServiceUrl)),
            "alg none" => TokenFactory.Unsigned(AppId, ServiceUrl, _teamsKey.KeyId),
            "HS256 with the public key" => TokenFactory.HmacWithPublicKey(_teamsKey, AppId, ServiceUrl),
            "unknown kid" => TokenFactory.Create(KeyServer.UnpublishedKey("unknown-kid"), AppId, ServiceUrl),
            "key not endorsed for the channel" => TokenFactory.Create(_keys.AddKey("skype-only", "skype"), AppId, ServiceUrl),
            "key without endorsements" => TokenFactory.Create(_keys.AddKey("no-endorsements", null), AppId, ServiceUrl),
            "serviceurl differs" => TokenFactory.Create(_teamsKey, AppId, "https://attacker.example.com/"),
            "serviceurl missing" => TokenFactory.Create(_teamsKey, AppId, serviceUrl: null),
            "Entra token with another tenant's tid" => TokenFactory.Create(_teamsKey, AppId, ServiceUrl,
                issuer: $"https://login.microsoftonline.com/{EntraTenant}/v2.0",
                extraClaims: new Dictionary<string, object> { ["tid"] = "99999999-9999-9999-9999-999999999999" }),
            "RS256 signed but issuer of another cloud" => TokenFactory.Create(_teamsKey, AppId, ServiceUrl,
                issuer: "https://api.botframework.us"),
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };

        var response = await PostAsync(Bearer(token));

        Assert.Equal(HttpStatusCode.Unauthorized, response);
        Assert.Empty(_handler.Handled);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("bearer {token}")]
    [InlineData("Basic {token}")]
    [InlineData("Bearer {token} extra")]
    [InlineData("Bearer not-a-jwt")]
    public async Task A_missing_or_malformed_header_gets_401(string? header)
    {
        var token = TokenFactory.Create(_teamsKey, AppId, ServiceUrl);

        var response = await PostAsync(header?.Replace("{token}", token, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Unauthorized, response);
        Assert.Empty(_handler.Handled);
    }

    [Fact]
    public async Task Without_a_token_even_a_loopback_caller_is_refused_when_an_app_id_is_set()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(null));
    }

    private static string Bearer(string token) => $"Bearer {token}";

    /// <summary>Changes the payload after signing: the claims stay valid, only the signature no longer matches.</summary>
    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = System.Text.Json.Nodes.JsonNode.Parse(Base64UrlEncoder.DecodeBytes(parts[1]))!.AsObject();
        payload["roles"] = "admin";
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
    }

    private async Task<HttpStatusCode> PostAsync(string? authorization, JsonObject? activity = null)
    {
        activity ??= ActivityBuilder.ChannelMessage(ServiceUrl, "hjælp");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await _bot.Client.SendAsync(request);
        return response.StatusCode;
    }
}
