using System.Collections.Concurrent;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>
/// Decision numbers from a counter row per community and year. This instance takes a community's numbers one at a time
/// and writes over the counter as it last wrote it, so that its own proposals never race each other and a number is
/// one write; only a number taken on another instance makes it read the counter again.
/// </summary>
internal sealed class DecisionNumbering(StorageTables tables)
{
    private readonly ConcurrentDictionary<(string, int), Year> _years = new();

    private TableClient Counters => tables[TableNames.Counters];

    public async Task<DecisionNumber> NextAsync(string communityId, int year, CancellationToken cancellationToken)
    {
        var numbering = _years.GetOrAdd((communityId, year), static _ => new Year());
        await numbering.Turn.WaitAsync(cancellationToken);
        try
        {
            if (numbering.Last is { } last)
            {
                try
                {
                    var next = new CounterEntity { PartitionKey = last.PartitionKey, RowKey = last.RowKey, Value = last.Value + 1 };
                    next.ETag = (await Counters.UpdateEntityAsync(next, last.ETag, TableUpdateMode.Replace, cancellationToken)).Headers.ETag ?? default;
                    numbering.Last = next;
                    return new DecisionNumber(year, next.Value);
                }
                catch (RequestFailedException e) when (e.Status is 412 or 404)
                {
                    numbering.Last = null;
                }
            }

            var counter = await Counters.ReadModifyWriteAsync<CounterEntity>(TableKey.Escape(communityId),
                string.Create(CultureInfo.InvariantCulture, $"decisions-{year}"),
                current => new CounterEntity { Value = (current?.Value ?? 0) + 1 }, cancellationToken);
            numbering.Last = counter;
            return new DecisionNumber(year, counter!.Value);
        }
        finally
        {
            numbering.Turn.Release();
        }
    }

    /// <summary>A community's numbering of one year on this instance: whose turn it is, and the counter as last written.</summary>
    private sealed class Year
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public CounterEntity? Last { get; set; }
    }
}
