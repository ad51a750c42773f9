namespace CoordinatorBot.Tests.Protocol;

/// <summary>Which service URLs the connector client may call with the bot's token.</summary>
[Trait("Category", "Unit")]
public sealed class ServiceUrlAllowListTests
{
    private static readonly ServiceUrlAllowList Production = new(ServiceUrlAllowList.DefaultHosts, allowLoopback: false);
    private static readonly ServiceUrlAllowList Development = new(ServiceUrlAllowList.DefaultHosts, allowLoopback: true);

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://SMBA.TrafficManager.net/teams/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/teams")]
    [InlineData("https://smba.infra.dod.teams.microsoft.us/teams")]
    [InlineData("https://europe.api.botframework.com/")]
    public void Teams_and_Bot_Framework_hosts_are_allowed(string serviceUrl) => Assert.True(Production.IsAllowed(serviceUrl));

    [Theory]
    [InlineData("https://attacker.example.com/teams/")]
    [InlineData("https://evil.trafficmanager.net/teams/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example.com/")]
    [InlineData("https://attacker-botframework.com/")]
    [InlineData("https://botframework.com.attacker.example/")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net:8443/emea/")]
    [InlineData("https://user@smba.trafficmanager.net/emea/")]
    [InlineData("ftp://smba.trafficmanager.net/emea/")]
    [InlineData("//smba.trafficmanager.net/emea/")]
    [InlineData("smba.trafficmanager.net")]
    [InlineData("")]
    [InlineData(null)]
    public void Everything_else_is_refused(string? serviceUrl)
    {
        Assert.False(Production.IsAllowed(serviceUrl));
        Assert.False(Development.IsAllowed(serviceUrl));
        Assert.Throws<ServiceUrlNotAllowedException>(() => Production.EnsureAllowed(serviceUrl));
    }

    [Theory]
    [InlineData("http://127.0.0.1:56150/_connector")]
    [InlineData("http://localhost:3979/")]
    [InlineData("http://[::1]:3979/")]
    public void Loopback_is_allowed_in_Development_only(string serviceUrl)
    {
        Assert.True(Development.IsAllowed(serviceUrl));
        Assert.False(Production.IsAllowed(serviceUrl));
    }

    [Fact]
    public void Configured_hosts_replace_the_defaults()
    {
        var list = new ServiceUrlAllowList(["connector.example.org"], allowLoopback: false);

        Assert.True(list.IsAllowed("https://connector.example.org/x/"));
        Assert.False(list.IsAllowed("https://sub.connector.example.org/x/"));
        Assert.False(list.IsAllowed("https://smba.trafficmanager.net/emea/"));
    }

    [Theory]
    [InlineData("smba.trafficmanager.net", true)]
    [InlineData("*.botframework.com", true)]
    [InlineData("*.net", false)]
    [InlineData("*", false)]
    [InlineData("https://smba.trafficmanager.net/", false)]
    [InlineData("", false)]
    public void Configured_entries_are_checked_at_start_up(string entry, bool valid) =>
        Assert.Equal(valid, ServiceUrlAllowList.IsValidEntry(entry));
}
