using System.Collections.Concurrent;
using CoordinatorBot.Bot.Protocol.Authentication;

namespace CoordinatorBot.Bot.Protocol.Hosting;

/// <summary>
/// This instance's memory of the activities it handled without a claim in storage (a turn that only answers, as help
/// does), for the redelivery window: a redelivery to this instance is recognised and acknowledged; one to another
/// instance, or after a restart, is answered again, with the same answer.
/// </summary>
public sealed class AnsweredActivities(TimeProvider time, IOptions<BotOptions> options)
{
    // Past this many, the expired go, then all: forgetting costs at most an answer given twice.
    private const int Capacity = 20_000;

    // How often the size is looked at: counting a concurrent dictionary takes all its locks.
    private const int TrimEvery = 1024;

    private readonly ConcurrentDictionary<(string ConversationId, string ActivityId), DateTimeOffset> _answered = new();
    private readonly Lock _trimming = new();
    private int _calls;

    /// <summary>Remembers the activity; false when it was remembered within the redelivery window (a redelivery).</summary>
    public bool TryRemember(string conversationId, string activityId)
    {
        var key = (conversationId, activityId);
        var now = time.GetUtcNow();
        if (Interlocked.Increment(ref _calls) % TrimEvery == 0 && _answered.Count >= Capacity && _trimming.TryEnter())
        {
            try
            {
                Trim(now);
            }
            finally
            {
                _trimming.Exit();
            }
        }

        while (true)
        {
            if (_answered.TryAdd(key, now))
            {
                return true;
            }

            if (!_answered.TryGetValue(key, out var at))
            {
                continue;
            }

            if (now - at < options.Value.RedeliveryWindow)
            {
                return false;
            }

            if (_answered.TryUpdate(key, now, at))
            {
                return true;
            }
        }
    }

    /// <summary>Forgets the activity: its turn failed, and the service delivers it again.</summary>
    public void Forget(string conversationId, string activityId) => _answered.TryRemove((conversationId, activityId), out _);

    private void Trim(DateTimeOffset now)
    {
        var window = options.Value.RedeliveryWindow;
        foreach (var (key, at) in _answered)
        {
            if (now - at >= window)
            {
                _answered.TryRemove(KeyValuePair.Create(key, at));
            }
        }

        if (_answered.Count >= Capacity)
        {
            _answered.Clear();
        }
    }
}
