using System.Diagnostics;
using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Bot.Operations;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoordinatorBot.Tests.Operations;

/// <summary>
/// A shared card busy with presses is replaced about once a second, and the last press is always shown; a card waiting
/// out its second holds no other card back; many cards at once keep to Teams' limits.
/// </summary>
[Trait("Category", "Unit")]
public sealed class CardUpdatePaceTests
{
    [Fact]
    public async Task Presses_for_three_seconds_replace_the_card_about_once_a_second_and_the_last_replacement_follows_the_last_press()
    {
        var (watch, queue, updater) = await StartedAsync();

        // Twenty presses a second on one card, as a busy decision has.
        var lastPress = TimeSpan.Zero;
        while (watch.Elapsed < TimeSpan.FromSeconds(3))
        {
            lastPress = watch.Elapsed;
            queue.Request("B-2026-001");
            await Task.Delay(50);
        }

        while (!queue.IsIdle && watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        await updater.StopAsync(CancellationToken.None);

        var starts = updater.Starts;
        // Not one replacement per press (60), nor one per gathering moment (about ten): about one a second.
        Assert.InRange(starts.Count, 2, 5);
        Assert.All(starts.Zip(starts.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(950),
            $"replaced {(pair.Second - pair.First).TotalMilliseconds:0} ms after the one before"));
        Assert.True(starts[^1] > lastPress, "the last press is not in any replacement");
    }

    [Fact]
    public async Task A_card_asked_for_while_another_waits_out_its_second_is_replaced_without_waiting_for_that_one()
    {
        var (_, queue, updater) = await StartedAsync();
        // While the busy card is being replaced it is pressed again (so it may be replaced again a second after this),
        // and the other card is pressed once: both asked for at the same moment, whatever the machine's load.
        updater.DuringFirst = () =>
        {
            queue.Request("busy");
            queue.Request("other");
        };

        queue.Request("busy");
        await Eventually.TrueAsync(() => Task.FromResult(updater.Keys.Count == 3), "the three replacements");
        await updater.StopAsync(CancellationToken.None);

        // The other card comes after its gathering moment, before the busy card's second is out.
        Assert.Equal(["busy", "other", "busy"], updater.Keys);
        Assert.True(updater.Starts[2] - updater.Starts[0] >= TimeSpan.FromMilliseconds(950));
    }

    [Fact]
    public async Task Many_cards_asked_for_at_once_are_each_replaced_a_tenth_of_a_second_apart_within_teams_limits()
    {
        var (_, queue, updater) = await StartedAsync();

        // Twenty decisions busy at the same moment.
        var cards = Enumerable.Range(1, 20).Select(i => $"B-2026-{i:000}").ToList();
        cards.ForEach(queue.Request);
        await Eventually.TrueAsync(() => Task.FromResult(updater.Keys.Count == cards.Count), "every card's replacement");
        await updater.StopAsync(CancellationToken.None);

        Assert.Equal(cards.Order(), updater.Keys.Order());
        var starts = updater.Starts;
        Assert.All(starts.Zip(starts.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(95),
            $"replaced {(pair.Second - pair.First).TotalMilliseconds:0} ms after the one before"));
    }

    private static async Task<(Stopwatch Watch, CardUpdateQueue<string> Queue, RecordingUpdater Updater)> StartedAsync()
    {
        var watch = Stopwatch.StartNew();
        var queue = new CardUpdateQueue<string>();
        var updater = new RecordingUpdater(queue, watch);
        await updater.StartAsync(CancellationToken.None);
        return (watch, queue, updater);
    }

    /// <summary>Notes when each replacement begins, and of which card.</summary>
    private sealed class RecordingUpdater(CardUpdateQueue<string> queue, Stopwatch watch)
        : CardUpdater<string>(queue, new StorageOutage(TimeProvider.System, NullLogger<StorageOutage>.Instance), NullLogger.Instance)
    {
        private readonly List<TimeSpan> _starts = [];
        private readonly List<string> _keys = [];

        public IReadOnlyList<string> Keys
        {
            get
            {
                lock (_starts)
                {
                    return [.. _keys];
                }
            }
        }

        public IReadOnlyList<TimeSpan> Starts
        {
            get
            {
                lock (_starts)
                {
                    return [.. _starts];
                }
            }
        }

        /// <summary>Run inside the first replacement, when set.</summary>
        public Action? DuringFirst { get; set; }

        protected override Task UpdateAsync(string key, CancellationToken cancellationToken)
        {
            int count;
            lock (_starts)
            {
                _starts.Add(watch.Elapsed);
                _keys.Add(key);
                count = _keys.Count;
            }

            if (count == 1)
            {
                DuringFirst?.Invoke();
            }

            return Task.CompletedTask;
        }
    }
}
