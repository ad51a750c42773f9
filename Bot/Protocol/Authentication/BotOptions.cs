namespace CoordinatorBot.Bot.Protocol.Authentication;

/// <summary>
/// The bot's identity and where it checks tokens. The credential keys follow the Bot Framework convention
/// (MicrosoftAppType, MicrosoftAppId, MicrosoftAppTenantId, MicrosoftAppPassword, at the configuration root);
/// the endpoints are under "Bot:" so that sovereign clouds and tests can point elsewhere.
/// </summary>
public sealed class BotOptions
{
    public const string Section = "Bot";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    /// <summary>The tenants whose Entra-issued tokens Azure Bot Service uses (PROTOCOL.md §1.2, §1.3).</summary>
    public static IReadOnlyList<string> BotServiceTenants { get; } =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    public string? MicrosoftAppType { get; set; }
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppTenantId { get; set; }
    public string? MicrosoftAppPassword { get; set; }

    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");
    public string TokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Where the keys of Entra-issued Bot Service tokens are published.</summary>
    public Uri EntraOpenIdMetadataUrl { get; set; } =
        new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    /// <summary>The Entra authority host; issuers are "{host}/{tenant}/v2.0" and "https://sts.windows.net/{tenant}/".</summary>
    public Uri EntraAuthority { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>How long an activity id is remembered so a redelivery is not handled twice.</summary>
    public TimeSpan RedeliveryWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The largest request body accepted on /api/messages.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// The hosts the connector client may call (see <see cref="ServiceUrlAllowList"/>); none configured means
    /// <see cref="ServiceUrlAllowList.DefaultHosts"/>. An array that stays null unless configured, because
    /// configuration binding adds to a list's defaults instead of replacing them.
    /// </summary>
    public string[]? ServiceUrlHosts { get; set; }

    public IReadOnlyList<string> AllowedServiceUrlHosts() =>
        ServiceUrlHosts is { Length: > 0 } hosts ? hosts : ServiceUrlAllowList.DefaultHosts;

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The Entra issuers accepted for Bot Service tokens: the Bot Service tenants and the bot's own.</summary>
    public IReadOnlyList<string> EntraIssuers()
    {
        var tenants = BotServiceTenants.ToList();
        if (!string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            tenants.Add(MicrosoftAppTenantId);
        }

        var authority = EntraAuthority.ToString().TrimEnd('/');
        return [.. tenants.SelectMany(t => new[] { $"https://sts.windows.net/{t}/", $"{authority}/{t}/v2.0" })];
    }
}
