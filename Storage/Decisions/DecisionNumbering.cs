using System.Collections.Concurrent;
using CoordinatorBot.Domain.Decisions;
using Microsoft.Extensions.Logging;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>
/// Decision numbers per community and year. A number becomes a decision's when the decision's row is inserted: the
/// insert refuses a second decision under it. So a proposal takes the next number from this instance's memory, without
/// waiting for a write, while the instance proposes; the counter row says where numbering got to: it is written after
/// the inserts, at most once a second, and never moves back. An instance that starts, proposes after a pause, or meets
/// its number taken by another instance's decision reads the counter and passes over the decisions stored above it;
/// the proposal then goes under the next free number. A number taken and not used goes to the next proposal on this
/// instance, so that none is skipped.
/// </summary>
internal sealed partial class DecisionNumbering(StorageTables tables, ILogger logger)
{
    // Proposals in a busy second make one counter write, not one each.
    private static readonly TimeSpan WritePace = TimeSpan.FromSeconds(1);

    // While this instance proposes, it numbers from memory; after a pause, another instance may have numbered since.
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<(string, int), Year> _years = new();

    private TableClient Counters => tables[TableNames.Counters];

    private TableClient Decisions => tables[TableNames.Decisions];

    public async Task<DecisionNumber> NextAsync(string communityId, int year, CancellationToken cancellationToken)
    {
        var numbering = Of(communityId, year);
        if (!numbering.IsFresh)
        {
            await CatchUpAsync(communityId, year, numbering, cancellationToken);
        }

        lock (numbering)
        {
            if (numbering.Returned.Min is var lowest and > 0)
            {
                numbering.Returned.Remove(lowest);
                return new DecisionNumber(year, lowest);
            }

            return new DecisionNumber(year, numbering.Next++);
        }
    }

    /// <summary>A number taken and not used: the next proposal on this instance gets it.</summary>
    public void GiveBack(string communityId, DecisionNumber number)
    {
        var numbering = Of(communityId, number.Year);
        lock (numbering)
        {
            if (number.Sequence < numbering.Next)
            {
                numbering.Returned.Add(number.Sequence);
            }
        }
    }

    /// <summary>A number another decision has: the next number this instance hands out is past it.</summary>
    public void PassOver(string communityId, DecisionNumber number)
    {
        var numbering = Of(communityId, number.Year);
        lock (numbering)
        {
            numbering.Next = Math.Max(numbering.Next, number.Sequence + 1);
            // Another instance is numbering too: the next proposal here reads where it got to.
            numbering.FreshUntil = 0;
        }
    }

    /// <summary>
    /// Moves the counter up to a stored decision's number, after the turn and at most once a second: numbers stored
    /// meanwhile are written together. A write lost (the process stopped, the storage failed) loses no number, as the
    /// next start passes over the decisions stored above the counter.
    /// </summary>
    public void Record(string communityId, DecisionNumber number)
    {
        var numbering = Of(communityId, number.Year);
        lock (numbering)
        {
            numbering.Wanted = Math.Max(numbering.Wanted, number.Sequence);
            numbering.Writer ??= WriteWantedAsync(communityId, number.Year, numbering);
            numbering.FreshUntil = Math.Max(numbering.FreshUntil, Environment.TickCount64 + (long)Freshness.TotalMilliseconds);
        }
    }

    private async Task WriteWantedAsync(string communityId, int year, Year numbering)
    {
        // Off the turn that stored the decision.
        await Task.Yield();
        try
        {
            while (true)
            {
                await numbering.Writing.WaitAsync();
                try
                {
                    int wanted;
                    lock (numbering)
                    {
                        wanted = numbering.Wanted;
                    }

                    if (numbering.Counter is not { } counter || counter.Value < wanted)
                    {
                        numbering.Counter = await WriteAsync(communityId, year, numbering.Counter, wanted, CancellationToken.None);
                    }
                }
                finally
                {
                    numbering.Writing.Release();
                }

                await Task.Delay(WritePace);
                lock (numbering)
                {
                    if (numbering.Counter?.Value >= numbering.Wanted)
                    {
                        numbering.Writer = null;
                        return;
                    }
                }
            }
        }
        catch (Exception e)
        {
            // Whatever stopped it, the counter is only where the next start begins, and that start passes over the
            // decisions stored above it: no number is lost with this write.
            CounterNotWritten(logger, e);
            lock (numbering)
            {
                numbering.Writer = null;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The decision counter was not written; the next start passes over the decisions stored above it")]
    private static partial void CounterNotWritten(ILogger logger, Exception exception);

    private Year Of(string communityId, int year) => _years.GetOrAdd((communityId, year), static _ => new Year());

    /// <summary>
    /// Reads the counter, then passes over the decisions stored above it: those whose counter write is still to come
    /// or was lost. Numbers are stored one after another, so it looks 1, 2, 4, ... ahead and then halves the step.
    /// </summary>
    private async Task CatchUpAsync(string communityId, int year, Year numbering, CancellationToken cancellationToken)
    {
        await numbering.Writing.WaitAsync(cancellationToken);
        try
        {
            if (numbering.IsFresh)
            {
                return;
            }

            var counter = await Counters.GetEntityIfExistsAsync<CounterEntity>(TableKey.Escape(communityId), CounterRow(year),
                cancellationToken: cancellationToken);
            numbering.Counter = counter.HasValue ? counter.Value : null;
            var stored = numbering.Counter?.Value ?? 0;
            var free = stored + 1;
            for (var step = 1; await IsStoredAsync(communityId, new DecisionNumber(year, free), cancellationToken); step *= 2)
            {
                (stored, free) = (free, free + step);
            }

            while (free - stored > 1)
            {
                var middle = stored + ((free - stored) / 2);
                (stored, free) = await IsStoredAsync(communityId, new DecisionNumber(year, middle), cancellationToken) ? (middle, free) : (stored, middle);
            }

            lock (numbering)
            {
                numbering.Next = Math.Max(numbering.Next, free);
                numbering.FreshUntil = Environment.TickCount64 + (long)Freshness.TotalMilliseconds;
            }
        }
        finally
        {
            numbering.Writing.Release();
        }
    }

    private async Task<bool> IsStoredAsync(string communityId, DecisionNumber number, CancellationToken cancellationToken) =>
        (await Decisions.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(communityId), DecisionKeys.Row(number),
            select: [nameof(TableEntity.RowKey)], cancellationToken: cancellationToken)).HasValue;

    /// <summary>The counter at <paramref name="value"/> at least: over the row as this instance last saw it, else as read.</summary>
    private async Task<CounterEntity?> WriteAsync(string communityId, int year, CounterEntity? last, int value, CancellationToken cancellationToken)
    {
        var partition = TableKey.Escape(communityId);
        if (last is not null)
        {
            try
            {
                var next = new CounterEntity { PartitionKey = partition, RowKey = last.RowKey, Value = value };
                next.ETag = (await Counters.UpdateEntityAsync(next, last.ETag, TableUpdateMode.Replace, cancellationToken)).Headers.ETag ?? default;
                return next;
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404)
            {
                // Another instance wrote it since: read it again below.
            }
        }

        return await Counters.ReadModifyWriteAsync<CounterEntity>(partition, CounterRow(year),
            current => current?.Value >= value ? null : new CounterEntity { Value = value }, cancellationToken);
    }

    private static string CounterRow(int year) => string.Create(CultureInfo.InvariantCulture, $"decisions-{year}");

    /// <summary>A community's numbering of one year on this instance.</summary>
    private sealed class Year
    {
        /// <summary>The counter as read or last written (with its ETag); one write or start at a time.</summary>
        public SemaphoreSlim Writing { get; } = new(1, 1);

        public CounterEntity? Counter { get; set; }

        /// <summary>
        /// Until when (<see cref="Environment.TickCount64"/>) this instance's numbering is taken as where the community's
        /// is: it read it, or stored a decision, within <see cref="Freshness"/>.
        /// </summary>
        public long FreshUntil { get; set; }

        public bool IsFresh => Environment.TickCount64 < FreshUntil;

        /// <summary>The number the next proposal gets, unless one was given back.</summary>
        public int Next { get; set; } = 1;

        /// <summary>The highest number stored so far: what the next counter write writes.</summary>
        public int Wanted { get; set; }

        /// <summary>The counter's writes under way, until the counter holds <see cref="Wanted"/>.</summary>
        public Task? Writer { get; set; }

        /// <summary>Numbers taken and not used, lowest first.</summary>
        public SortedSet<int> Returned { get; } = [];
    }
}
