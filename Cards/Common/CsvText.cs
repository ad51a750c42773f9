namespace CoordinatorBot.Cards.Common;

/// <summary>
/// CSV as the exports write it (decisions, backlog, wishes): semicolons, and a cell that a spreadsheet would read as a
/// formula (OWASP's CSV injection: it starts with =, +, -, @, a tab or a carriage return) gets a leading apostrophe.
/// </summary>
internal static class CsvText
{
    /// <summary>One CSV line, each cell neutralised and quoted as needed.</summary>
    internal static void Line(StringBuilder csv, params string[] cells) =>
        csv.Append(string.Join(';', cells.Select(Quote))).Append("\r\n");

    private static string Quote(string cell)
    {
        cell = Neutralise(cell);
        return cell.IndexOfAny([';', ',', '"', '\n', '\r']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }

    private static string Neutralise(string cell) => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? $"'{cell}" : cell;
}
