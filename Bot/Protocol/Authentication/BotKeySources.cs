namespace CoordinatorBot.Bot.Protocol.Authentication;

/// <summary>The two key sources: the Bot Connector's (with endorsements) and Entra's.</summary>
public sealed class BotKeySources(IOptions<BotOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time)
{
    public const string HttpClientName = "openid-metadata";

    public SigningKeySource BotConnector { get; } =
        new(options.Value.OpenIdMetadataUrl, httpClientFactory.CreateClient(HttpClientName), time);

    public SigningKeySource Entra { get; } =
        new(options.Value.EntraOpenIdMetadataUrl, httpClientFactory.CreateClient(HttpClientName), time);
}
