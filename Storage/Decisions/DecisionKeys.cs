using System.Globalization;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>
/// Keys of a decision's rows. Decisions sort newest first, and a decision's history ("|w|") sits right under its own
/// row, so that one range query reads the record with its history. Its votes have a partition of their own in the
/// votes table: the hottest rows, read whole by every vote, never mixed with the community's log.
/// </summary>
internal static class DecisionKeys
{
    public static string Row(DecisionNumber number) =>
        string.Create(CultureInfo.InvariantCulture, $"{9999 - number.Year:0000}-{999999 - number.Sequence:000000}");

    public static string VotePartition(string partitionKey, DecisionNumber number) => $"{partitionKey}|{Row(number)}";

    public static string Voter(string voterId) => TableKey.Escape(voterId);

    public static string Audit(DecisionNumber number, DateTimeOffset at, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{Row(number)}|w|{at.UtcTicks:D19}|{index:D2}|{Guid.NewGuid():N}");

    /// <summary>A filter for the decision's own row and its history.</summary>
    public static string WithHistory(string partitionKey, DecisionNumber number) =>
        Azure.Data.Tables.TableClient.CreateQueryFilter(
            $"PartitionKey eq {partitionKey} and RowKey ge {Row(number)} and RowKey lt {Row(number) + "|x"}");

    /// <summary>A filter for all of a decision's votes.</summary>
    public static string Votes(string partitionKey, DecisionNumber number) =>
        Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {VotePartition(partitionKey, number)}");
}
