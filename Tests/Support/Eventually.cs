namespace CoordinatorBot.Tests.Support;

/// <summary>
/// The one way a test waits for something that happens off its own path (a background sender, a card update, another
/// process): it asks again every <see cref="Interval"/> until the answer comes or <see cref="Budget"/> runs out, and
/// then fails saying what never happened.
/// </summary>
public static class Eventually
{
    /// <summary>Generous, because the machine may be busy: a passing test waits only as long as it must.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>Waits until <paramref name="probe"/> finds something, and returns it.</summary>
    public static async Task<T> FoundAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? budget = null)
        where T : class
    {
        using var limit = new CancellationTokenSource(budget ?? Budget);
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            try
            {
                await Task.Delay(Interval, limit.Token);
            }
            catch (OperationCanceledException)
            {
                // One last look, so that what arrived during the final interval still counts.
                return await probe() ?? throw new TimeoutException($"Waited {(budget ?? Budget).TotalSeconds:0.#} s in vain for {what}.");
            }
        }
    }

    /// <inheritdoc cref="FoundAsync{T}(Func{Task{T}}, string, TimeSpan?)"/>
    public static Task<T> FoundAsync<T>(Func<T?> probe, string what, TimeSpan? budget = null)
        where T : class =>
        FoundAsync(() => Task.FromResult(probe()), what, budget);

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    public static Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? budget = null) =>
        FoundAsync(async () => await condition() ? string.Empty : null, what, budget);

    /// <inheritdoc cref="TrueAsync(Func{Task{bool}}, string, TimeSpan?)"/>
    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? budget = null) =>
        TrueAsync(() => Task.FromResult(condition()), what, budget);
}
