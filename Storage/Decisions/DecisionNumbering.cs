using System.Collections.Concurrent;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>
/// Decision numbers from a counter row per community and year. This instance takes a community's numbers one at a time
/// and writes over the counter as it last wrote it, so that its own proposals never race each other and a number is
/// one write; only a number taken on another instance makes it read the counter again. While proposals wait for
/// their turn, one write takes a number for each of them too (the counter moves by as many), so that proposals at the
/// same moment do not each wait for a write of their own.
/// </summary>
internal sealed class DecisionNumbering(StorageTables tables)
{
    // More than this many waiting take their numbers in more than one write.
    private const int MaxTakenAhead = 32;

    private readonly ConcurrentDictionary<(string, int), Year> _years = new();

    private TableClient Counters => tables[TableNames.Counters];

    public async Task<DecisionNumber> NextAsync(string communityId, int year, CancellationToken cancellationToken)
    {
        var numbering = _years.GetOrAdd((communityId, year), static _ => new Year());
        Interlocked.Increment(ref numbering.Waiting);
        try
        {
            await numbering.Turn.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref numbering.Waiting);
        }

        try
        {
            if (numbering.Taken.TryDequeue(out var taken))
            {
                return new DecisionNumber(year, taken);
            }

            // This one and every proposal waiting behind it: each of those gets one of the numbers taken here.
            var count = 1 + Math.Min(Volatile.Read(ref numbering.Waiting), MaxTakenAhead);
            var value = await AdvanceAsync(communityId, year, numbering, count, cancellationToken);
            for (var n = value - count + 2; n <= value; n++)
            {
                numbering.Taken.Enqueue(n);
            }

            return new DecisionNumber(year, value - count + 1);
        }
        finally
        {
            numbering.Turn.Release();
        }
    }

    /// <summary>Moves the counter on by <paramref name="count"/> and returns its new value (the last number taken).</summary>
    private async Task<int> AdvanceAsync(string communityId, int year, Year numbering, int count, CancellationToken cancellationToken)
    {
        if (numbering.Last is { } last)
        {
            try
            {
                var next = new CounterEntity { PartitionKey = last.PartitionKey, RowKey = last.RowKey, Value = last.Value + count };
                next.ETag = (await Counters.UpdateEntityAsync(next, last.ETag, TableUpdateMode.Replace, cancellationToken)).Headers.ETag ?? default;
                numbering.Last = next;
                return next.Value;
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404)
            {
                numbering.Last = null;
            }
        }

        var counter = await Counters.ReadModifyWriteAsync<CounterEntity>(TableKey.Escape(communityId),
            string.Create(CultureInfo.InvariantCulture, $"decisions-{year}"),
            current => new CounterEntity { Value = (current?.Value ?? 0) + count }, cancellationToken);
        numbering.Last = counter;
        return counter!.Value;
    }

    /// <summary>A community's numbering of one year on this instance: whose turn it is, and the counter as last written.</summary>
    private sealed class Year
    {
        /// <summary>Proposals waiting for <see cref="Turn"/>.</summary>
        public int Waiting;

        public SemaphoreSlim Turn { get; } = new(1, 1);

        public CounterEntity? Last { get; set; }

        /// <summary>
        /// Numbers taken for the proposals that were waiting, handed out in order as each has its turn. One left over
        /// (its proposal was cancelled while it waited) goes to the next proposal on this instance.
        /// </summary>
        public Queue<int> Taken { get; } = new();
    }
}
