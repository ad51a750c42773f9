using Azure.Core;

namespace CoordinatorBot.Tests.Protocol;

[Trait("Category", "Unit")]
public sealed class ConnectorTokenSourceTests
{
    [Fact]
    public async Task A_token_is_reused_until_five_minutes_before_it_expires_and_asked_for_the_Bot_Framework_scope()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var credential = new CountingCredential(time);
        using var source = new ConnectorTokenSource(credential, time);

        var first = await source.GetTokenAsync(default);
        time.Advance(TimeSpan.FromMinutes(54));
        var second = await source.GetTokenAsync(default);
        time.Advance(TimeSpan.FromMinutes(2));
        var third = await source.GetTokenAsync(default);

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", second);
        Assert.Equal("token-2", third);
        Assert.All(credential.Scopes, s => Assert.Equal(["https://api.botframework.com/.default"], s));
    }

    [Fact]
    public async Task Concurrent_callers_share_one_token_request()
    {
        var credential = new CountingCredential(TimeProvider.System, delay: TimeSpan.FromMilliseconds(100));
        using var source = new ConnectorTokenSource(credential, TimeProvider.System);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => source.GetTokenAsync(default)));

        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Equal(1, credential.Calls);
    }

    [Fact]
    public async Task Without_a_credential_no_token_is_sent()
    {
        using var source = new ConnectorTokenSource(null, TimeProvider.System);

        Assert.Null(await source.GetTokenAsync(default));
    }

    private sealed class CountingCredential(TimeProvider time, TimeSpan delay = default) : TokenCredential
    {
        public int Calls;
        public List<string[]> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            await Task.Delay(delay, cancellationToken);
            var n = Interlocked.Increment(ref Calls);
            lock (Scopes)
            {
                Scopes.Add(requestContext.Scopes);
            }

            return new AccessToken($"token-{n}", time.GetUtcNow().AddHours(1));
        }
    }
}
