namespace CoordinatorBot.Tests.Priorities;

/// <summary>The outbox's pacing against Teams' limits, on a fake clock.</summary>
[Trait("Category", "Unit")]
public sealed class SendRateGateTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-30T07:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task One_conversation_gets_seven_sends_a_second_and_the_eighth_waits()
    {
        var gate = new SendRateGate(Options.Create(new SchedulingOptions { TenantRatePerSecond = 100 }), _time);
        for (var i = 0; i < 7; i++)
        {
            await gate.WaitAsync("tenant", "a:1", default);
        }

        var eighth = gate.WaitAsync("tenant", "a:1", default);
        var other = gate.WaitAsync("tenant", "a:2", default);

        Assert.True(other.IsCompleted);
        Assert.False(eighth.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1.1));
        await eighth.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task One_conversation_gets_sixty_sends_in_thirty_seconds()
    {
        var gate = new SendRateGate(Options.Create(new SchedulingOptions { TenantRatePerSecond = 100 }), _time);
        for (var i = 0; i < 60; i++)
        {
            if (i % 7 == 0)
            {
                _time.Advance(TimeSpan.FromSeconds(1.01));
            }

            await gate.WaitAsync("tenant", "a:1", default).WaitAsync(TimeSpan.FromSeconds(5));
        }

        var sixtyFirst = gate.WaitAsync("tenant", "a:1", default);
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(sixtyFirst.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(30));
        await sixtyFirst.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_tenant_gets_its_configured_rate_across_conversations()
    {
        var gate = new SendRateGate(Options.Create(new SchedulingOptions { TenantRatePerSecond = 30 }), _time);
        for (var i = 0; i < 30; i++)
        {
            await gate.WaitAsync("tenant", $"a:{i}", default);
        }

        var next = gate.WaitAsync("tenant", "a:99", default);
        var otherTenant = gate.WaitAsync("other", "a:100", default);

        Assert.False(next.IsCompleted);
        Assert.True(otherTenant.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1.1));
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
