using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Storage.Backlog;

/// <summary>
/// This instance's last reading of each community's backlog, for the wish list that answers a support: sixty
/// municipalities supporting in a minute need not each read the whole partition. A support written here is added
/// to the kept reading at once, any other backlog write here drops it, and what another instance wrote shows after at
/// most <see cref="Lifetime"/>. Deciding anything (is the wish open, is the support new) always reads storage. It keeps
/// the prioritisation board's last reading the same way, for answering a press on an item already past New.
/// </summary>
public sealed class BacklogCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    // Far more than the communities of one deployment.
    private const int Capacity = 1024;

    private readonly KeptReadings<string, BacklogSnapshot> _kept = new(time, Lifetime, Capacity, StringComparer.Ordinal);
    private readonly SharedReading<string, BacklogSnapshot> _reading = new(StringComparer.Ordinal);
    private readonly KeptReadings<string, BoardRead> _boards = new(time, Lifetime, Capacity, StringComparer.Ordinal);

    /// <summary>The kept reading if it is younger than <see cref="Lifetime"/>; else one reading for all who ask while it runs.</summary>
    public async Task<BacklogSnapshot> GetAsync(string communityId, Func<Task<BacklogSnapshot>> read, CancellationToken cancellationToken)
    {
        if (_kept.TryGet(communityId, out var kept))
        {
            return kept;
        }

        var started = time.GetUtcNow();
        var snapshot = await _reading.ReadAsync(communityId, read, cancellationToken);
        _kept.Keep(communityId, snapshot, started);
        return snapshot;
    }

    /// <summary>Adds a support just written here to the kept reading; a wish raised elsewhere since the reading drops it.</summary>
    public void Add(string communityId, WishSupport support) =>
        _kept.Change(communityId, snapshot => snapshot.Wish(support.WishNumber) is null
            ? null
            : snapshot.WithSupport(support));

    /// <summary>The board's kept reading, if it is younger than <see cref="Lifetime"/>.</summary>
    public BoardRead? Board(string communityId) => _boards.TryGet(communityId, out var board) ? board : null;

    /// <summary>Reads the board from storage and keeps the reading.</summary>
    public async Task<BoardRead> ReadBoardAsync(string communityId, Func<Task<BoardRead>> read)
    {
        var started = time.GetUtcNow();
        var board = await read();
        _boards.Keep(communityId, board, started);
        return board;
    }

    /// <summary>
    /// A prioritisation written here: the backlog's reading goes, and the board's kept reading becomes the board as
    /// written (keeping its age: the other items are no newer than they were read), or goes when that is not known.
    /// </summary>
    public void Prioritised(string communityId, BoardRead? written)
    {
        _kept.Forget(communityId);
        if (written is null)
        {
            _boards.Forget(communityId);
        }
        else
        {
            _boards.Change(communityId, _ => written);
        }
    }

    /// <summary>Drops the kept readings after another change of the backlog made here.</summary>
    public void Forget(string communityId)
    {
        _kept.Forget(communityId);
        _boards.Forget(communityId);
    }
}
