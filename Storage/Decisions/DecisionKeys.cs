using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>
/// Row keys of a decision's rows. Decisions sort newest first; a decision's votes ("|v|") and then its history ("|w|")
/// sit right under its own row, so that one range query reads the record with its votes, with or without the history.
/// </summary>
internal static class DecisionKeys
{
    public static string Row(DecisionNumber number) =>
        string.Create(CultureInfo.InvariantCulture, $"{9999 - number.Year:0000}-{999999 - number.Sequence:000000}");

    public static string Vote(DecisionNumber number, string voterId) => $"{Row(number)}|v|{TableKey.Escape(voterId)}";

    public static string Audit(DecisionNumber number, DateTimeOffset at, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{Row(number)}|w|{at.UtcTicks:D19}|{index:D2}|{Guid.NewGuid():N}");

    /// <summary>
    /// A filter for the decision's own row and its votes, and with <paramref name="withHistory"/> its history too (a
    /// vote needs no history, which grows with every vote).
    /// </summary>
    public static string Under(string partitionKey, DecisionNumber number, bool withHistory) =>
        Azure.Data.Tables.TableClient.CreateQueryFilter(
            $"PartitionKey eq {partitionKey} and RowKey ge {Row(number)} and RowKey lt {Row(number) + (withHistory ? "|x" : "|w")}");
}
