namespace CoordinatorBot.Domain.Search;

/// <summary>
/// What a search finds and in which order: a record whose number is the query first, then those whose title holds
/// every word of it, then those whose title and words hold them all; the most recent first within each. The query is
/// plain words: case, accents and the spelling of æ, ø and å do not count, and nothing in it is a pattern (*, %, ?
/// and quotes are characters like any other). An empty query — or one that finds nothing — gives the most recent.
/// </summary>
public static class RecordRanking
{
    public static IReadOnlyList<SearchRecord> Rank(IEnumerable<SearchRecord> records, string? query, int max = RecordLimits.MaxResults)
    {
        var all = records.ToList();
        var words = Words(query);
        if (words.Count == 0)
        {
            return Recent(all, max);
        }

        var whole = string.Join(' ', words);
        var found = all
            .Select(record => (Record: record, Tier: Tier(record, whole, words)))
            .Where(r => r.Tier < NoMatch)
            .OrderBy(r => r.Tier)
            .ThenByDescending(r => r.Record.At)
            .Select(r => r.Record)
            .Take(max)
            .ToList();
        return found.Count > 0 ? found : Recent(all, max);
    }

    /// <summary>The query's words, folded, as far as the bot reads a query at all (<see cref="RecordLimits"/>).</summary>
    public static IReadOnlyList<string> Words(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var read = query.Length > RecordLimits.MaxQueryLength ? query[..RecordLimits.MaxQueryLength] : query;
        return [.. TextFolding.Fold(read).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.Any(char.IsControl))
            .Distinct(StringComparer.Ordinal)
            .Take(RecordLimits.MaxWords)];
    }

    private const int NoMatch = 3;

    private static int Tier(SearchRecord record, string whole, IReadOnlyList<string> words)
    {
        if (record.IsNumber(whole))
        {
            return 0;
        }

        var title = TextFolding.Fold(record.Title);
        if (words.All(w => title.Contains(w, StringComparison.Ordinal)))
        {
            return 1;
        }

        var text = TextFolding.Fold(string.Join('\n', record.Words.Prepend(record.Number).Prepend(record.Title)));
        return words.All(w => text.Contains(w, StringComparison.Ordinal)) ? 2 : NoMatch;
    }

    private static List<SearchRecord> Recent(IEnumerable<SearchRecord> records, int max) =>
        [.. records.OrderByDescending(r => r.At).Take(max)];
}
