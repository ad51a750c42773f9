using CoordinatorBot.Storage.Backlog;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>
/// One community's prioritisation board in this instance: the gate that presses which write pass one at a time, and the
/// board as the last of them wrote it, so that the next one goes on from there without reading every item again, as
/// long as no other change of the backlog was made here since. A write by another instance still makes the next write
/// fail on the board's version, and that press reads anew.
/// </summary>
public sealed class PrioritisationBoard
{
    private readonly Lock _lock = new();
    private long _writes;
    private BoardRead? _written;
    private long _changesAtWrite;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>How many writes this instance has made on the board: taken before a read, to know later whether it is still the newest.</summary>
    public long Writes
    {
        get
        {
            lock (_lock)
            {
                return _writes;
            }
        }
    }

    /// <summary>
    /// The board as this instance wrote it after <paramref name="writesBeforeRead"/>, or null when there was no such
    /// write, or the backlog was changed here since it (<paramref name="changes"/>, the store's count, moved on).
    /// </summary>
    public BoardRead? WrittenSince(long writesBeforeRead, long changes)
    {
        lock (_lock)
        {
            return _writes != writesBeforeRead && _changesAtWrite == changes ? _written : null;
        }
    }

    /// <summary>Keeps the board as just written, at the store's count of changes after the write.</summary>
    public void Wrote(BoardRead board, long changes)
    {
        lock (_lock)
        {
            _writes++;
            _written = board;
            _changesAtWrite = changes;
        }
    }

    /// <summary>A write failed on a version: what this instance last wrote is no longer the board.</summary>
    public void Forget()
    {
        lock (_lock)
        {
            _writes++;
            _written = null;
        }
    }
}
