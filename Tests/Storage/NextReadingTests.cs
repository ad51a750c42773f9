using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Tests.Storage;

/// <summary>
/// A reading asked for while another runs is the next one, begun after the call, shared by all who asked meanwhile:
/// what a caller wrote before asking is in the reading it gets.
/// </summary>
public sealed class NextReadingTests
{
    [Fact]
    public async Task A_caller_during_a_reading_gets_the_next_one_which_sees_what_it_wrote()
    {
        var store = new Store();
        var reading = new NextReading<string, int>(store.ReadAsync);

        var first = reading.ReadAsync("poll", default);
        await store.Started.WaitAsync(TimeSpan.FromSeconds(5));
        store.Value = 2; // written after the first reading began, then asked for
        var second = reading.ReadAsync("poll", default);
        store.Release();

        Assert.Equal(1, await first);
        Assert.Equal(2, await second.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Callers_during_one_reading_share_the_next_and_no_more_readings_are_made()
    {
        var store = new Store();
        var reading = new NextReading<string, int>(store.ReadAsync);

        var first = reading.ReadAsync("poll", default);
        await store.Started.WaitAsync(TimeSpan.FromSeconds(5));
        store.Value = 2;
        var waiting = Enumerable.Range(0, 8).Select(_ => reading.ReadAsync("poll", default)).ToList();
        store.Release();
        await Task.WhenAll(waiting).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(2, store.Readings);
        Assert.All(waiting, w => Assert.Equal(2, w.Result));
        Assert.Equal(1, await first);
    }

    [Fact]
    public async Task Another_key_is_read_at_once_and_a_key_is_read_afresh_once_its_reading_ended()
    {
        var store = new Store { Blocking = false };
        var reading = new NextReading<string, int>(store.ReadAsync);

        Assert.Equal(1, await reading.ReadAsync("a", default));
        store.Value = 2;
        Assert.Equal(2, await reading.ReadAsync("b", default));
        store.Value = 3;
        Assert.Equal(3, await reading.ReadAsync("a", default));
        Assert.Equal(3, store.Readings);
    }

    [Fact]
    public async Task A_failed_reading_fails_its_callers_and_the_next_caller_reads_again()
    {
        var calls = 0;
        var reading = new NextReading<string, int>((_, _) =>
            ++calls == 1 ? Task.FromException<int>(new StorageUnavailableException("down")) : Task.FromResult(calls));

        await Assert.ThrowsAsync<StorageUnavailableException>(() => reading.ReadAsync("poll", default));
        Assert.Equal(2, await reading.ReadAsync("poll", default));
    }

    [Fact]
    public async Task A_caller_that_gives_up_does_not_stop_the_reading_for_the_others()
    {
        var store = new Store();
        var reading = new NextReading<string, int>(store.ReadAsync);
        var first = reading.ReadAsync("poll", default);
        await store.Started.WaitAsync(TimeSpan.FromSeconds(5));
        store.Value = 2;
        using var cancelled = new CancellationTokenSource();
        var leaving = reading.ReadAsync("poll", cancelled.Token);
        var staying = reading.ReadAsync("poll", default);

        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        store.Release();

        Assert.Equal(2, await staying.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(1, await first);
    }

    [Fact]
    public async Task The_next_reading_runs_in_the_flow_of_the_first_caller_who_waits_for_it()
    {
        var store = new Store();
        var flow = new AsyncLocal<string>();
        var seen = new List<string?>();
        var reading = new NextReading<string, int>(async (key, ct) =>
        {
            lock (seen)
            {
                seen.Add(flow.Value);
            }

            return await store.ReadAsync(key, ct);
        });

        flow.Value = "first";
        var first = reading.ReadAsync("poll", default);
        await store.Started.WaitAsync(TimeSpan.FromSeconds(5));
        flow.Value = "second";
        var second = reading.ReadAsync("poll", default);
        store.Release();
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(["first", "second"], seen);
    }

    /// <summary>A value, read as it is when a reading begins; the first reading, when blocking, waits to be released.</summary>
    private sealed class Store
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Value { get; set; } = 1;

        public int Readings { get; private set; }

        public bool Blocking { get; init; } = true;

        public Task Started => _started.Task;

        public void Release() => _release.TrySetResult();

        public async Task<int> ReadAsync(string key, CancellationToken cancellationToken)
        {
            var value = Value;
            if (++Readings == 1 && Blocking)
            {
                _started.TrySetResult();
                await _release.Task;
            }

            return value;
        }
    }
}
