using Microsoft.Extensions.Logging.Abstractions;

namespace CoordinatorBot.Tests.Priorities;

/// <summary>Two scheduler instances against one Azurite: one runs the jobs; the other takes over when it dies.</summary>
[Trait("Category", "Integration")]
public sealed class SchedulerLeaseTests : IAsyncLifetime
{
    // Tables of its own for every test: the lease is one row that each test takes.
    private readonly StorageFixture _storage = new();

    public Task InitializeAsync() => _storage.InitializeAsync();

    public Task DisposeAsync() => _storage.DisposeAsync();

    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-30T07:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Of_two_instances_one_runs_the_jobs_at_a_time_and_the_other_takes_over_when_it_dies()
    {
        var job = new CountingJob();
        var options = Options.Create(new SchedulingOptions { LeaseDuration = TimeSpan.FromSeconds(90) });
        var leases = new LeaseStore(_storage.Tables);
        var a = new JobScheduler([job], leases, options, new StorageOutage(_time, NullLogger<StorageOutage>.Instance), _time, NullLogger<JobScheduler>.Instance);
        var b = new JobScheduler([job], leases, options, new StorageOutage(_time, NullLogger<StorageOutage>.Instance), _time, NullLogger<JobScheduler>.Instance);

        var first = await Task.WhenAll(a.TickAsync(default), b.TickAsync(default));
        Assert.Single(first, ran => ran);
        var holder = first[0] ? a : b;
        var other = first[0] ? b : a;

        for (var i = 0; i < 5; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(30));
            Assert.True(await holder.TickAsync(default));
            Assert.False(await other.TickAsync(default));
        }

        // The holder dies (it stops renewing): until its lease runs out nobody runs the jobs, then the other does.
        _time.Advance(TimeSpan.FromSeconds(60));
        Assert.False(await other.TickAsync(default));
        _time.Advance(TimeSpan.FromSeconds(31));
        Assert.True(await other.TickAsync(default));
        Assert.Equal(7, job.Runs);
    }

    [Fact]
    public async Task An_orderly_shutdown_hands_the_lease_over_at_once()
    {
        var options = Options.Create(new SchedulingOptions());
        var leases = new LeaseStore(_storage.Tables);
        var a = new JobScheduler([], leases, options, new StorageOutage(_time, NullLogger<StorageOutage>.Instance), _time, NullLogger<JobScheduler>.Instance);
        var b = new JobScheduler([], leases, options, new StorageOutage(_time, NullLogger<StorageOutage>.Instance), _time, NullLogger<JobScheduler>.Instance);
        Assert.True(await a.TickAsync(default));

        await leases.ReleaseAsync(JobScheduler.LeaseName, a.InstanceId, default);

        Assert.True(await b.TickAsync(default));
    }

    [Fact]
    public async Task An_occurrence_is_claimed_once_however_many_try()
    {
        var runs = new JobRunStore(_storage.Tables);

        var claims = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => runs.TryClaimAsync("weekly-nudge", "c|2026-11-30T08:00", _time.GetUtcNow(), default)));

        Assert.Single(claims, c => c);
    }

    private sealed class CountingJob : IScheduledJob
    {
        public int Runs;

        public string Name => "counting";

        public Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Runs);
            return Task.CompletedTask;
        }
    }
}
