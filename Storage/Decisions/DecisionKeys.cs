using System.Globalization;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>Row keys of a decision's rows. Decisions sort newest first; a decision's votes and audit sit under its key.</summary>
internal static class DecisionKeys
{
    public static string Row(DecisionNumber number) =>
        string.Create(CultureInfo.InvariantCulture, $"{9999 - number.Year:0000}-{999999 - number.Sequence:000000}");

    public static string Prefix(DecisionNumber number) => Row(number) + "|";

    /// <summary>A filter for the rows of one decision in one community's partition.</summary>
    public static string Under(string partitionKey, DecisionNumber number) =>
        Azure.Data.Tables.TableClient.CreateQueryFilter(
            $"PartitionKey eq {partitionKey} and RowKey ge {Prefix(number)} and RowKey lt {Row(number) + "|~"}");
}
