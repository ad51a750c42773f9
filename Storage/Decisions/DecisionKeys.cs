using System.Globalization;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>
/// Row keys of a decision's rows. Decisions sort newest first; a decision's votes and history sit right under its
/// own row, so that one range query reads the lot.
/// </summary>
internal static class DecisionKeys
{
    public static string Row(DecisionNumber number) =>
        string.Create(CultureInfo.InvariantCulture, $"{9999 - number.Year:0000}-{999999 - number.Sequence:000000}");

    public static string Vote(DecisionNumber number, string voterId) => $"{Row(number)}|v|{TableKey.Escape(voterId)}";

    public static string Audit(DecisionNumber number, DateTimeOffset at, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{Row(number)}|a|{at.UtcTicks:D19}|{index:D2}|{Guid.NewGuid():N}");

    /// <summary>A filter for the decision's own row and everything under it, in one community's partition.</summary>
    public static string All(string partitionKey, DecisionNumber number) =>
        Azure.Data.Tables.TableClient.CreateQueryFilter(
            $"PartitionKey eq {partitionKey} and RowKey ge {Row(number)} and RowKey lt {Row(number) + "|~"}");
}
