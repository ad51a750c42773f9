using System.Text;

namespace CoordinatorBot.Domain.Backlog;

/// <summary>
/// Whether two titles ask for the same thing, on folded Danish text, regardless of word order: the weighted overlap of
/// their meaningful words, where a word also meets its typo, its inflection, a compound that begins or ends with it
/// ("fraværsdata" ~ "fravær") and two neighbours written as one ("log ind" ~ "login", "borger-pc" ~ "borgerpc"). Words
/// that many wishes share ("eksport", "integration", "login", or a word in many of the community's titles) weigh half,
/// so that a shared generic word makes no look-alike. A short title (up to three words) wholly found in the other and
/// sharing a distinctive word is alike: "MitID-login" ~ "Log ind med MitID på borgerpc". Measured on the labelled set
/// in Tests/Backlog/WishLookAlikeSet (README, "Backlog and wishes").
/// </summary>
public static class WishSimilarity
{
    /// <summary>From this score on, two titles are shown as alike.</summary>
    public const double Threshold = 0.6;

    // A short title wholly inside another, with a distinctive word: alike, though the longer one says more.
    private const double ContainedScore = 0.75;
    private const int ShortTitleWords = 3;
    private const double GenericWeight = 0.5;

    // Small words that say nothing about what is wished for.
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "af", "at", "de", "den", "der", "det", "en", "er", "et", "for", "fra", "i", "med", "og", "om", "paa", "som", "til", "ved", "vi",
        "jeg", "kan", "skal", "ny", "nyt", "nye", "bedre", "mulighed", "muligt", "over", "pr", "per", "efter", "foer", "uden", "under",
        "hos", "alle", "flere", "mere", "via",
        "a", "an", "and", "as", "be", "by", "in", "of", "on", "or", "the", "to", "with", "new", "better", "from",
    };

    // Words (as stemmed) that many wishes share and that say little about which thing is wished for.
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "eksport", "import", "integration", "rapport", "oversigt", "login", "logind", "adgang", "bruger", "brugerflad", "understoet",
        "understoettelse", "funktion", "visning", "list", "side", "data", "fil", "system", "opdatering", "automatisk", "aendring",
        "forbedring", "support", "knap", "felt", "statistik", "csv", "pdf", "excel", "mail", "email", "besked", "notifikation", "fejl",
        "tilfoej", "vis", "menu",
    };

    // Danish endings, longest first: "loginnet", "eksporterne" and "rapporter" meet their stem.
    private static readonly string[] Endings = ["erne", "ene", "ers", "et", "en", "er", "e", "s"];

    /// <summary>
    /// A score from 0 (nothing alike) to 1 (the same words). <paramref name="vocabulary"/> holds the titles compared
    /// against, so that a word most of them share (the product's name) counts as generic.
    /// </summary>
    public static double Score(string a, string b, WishVocabulary? vocabulary = null)
    {
        var left = Parse(a);
        var right = Parse(b);
        if (left.Words.Count == 0 || right.Words.Count == 0)
        {
            return 0;
        }

        vocabulary ??= WishVocabulary.None;
        var (matchedLeft, matchedRight) = Matched(left, right);
        double Weight(string word) => IsDistinctive(word, vocabulary) ? 1 : GenericWeight;
        var score = (matchedLeft.Sum(Weight) + matchedRight.Sum(Weight)) / (left.Words.Sum(Weight) + right.Words.Sum(Weight));
        return IsContained(left, matchedLeft, vocabulary) || IsContained(right, matchedRight, vocabulary) ? Math.Max(score, ContainedScore) : score;
    }

    public static bool AreAlike(string a, string b, WishVocabulary? vocabulary = null) => Score(a, b, vocabulary) >= Threshold;

    /// <summary>The meaningful words, folded and stemmed, each once.</summary>
    public static IReadOnlyList<string> Words(string text) => Parse(text).Words;

    private static bool IsDistinctive(string word, WishVocabulary vocabulary) =>
        word.Length > 3 && !Generic.Contains(word) && !vocabulary.IsCommon(word);

    private static bool IsContained(Title title, HashSet<string> matched, WishVocabulary vocabulary) =>
        title.Words.Count <= ShortTitleWords && title.Words.All(matched.Contains) && title.Words.Any(w => IsDistinctive(w, vocabulary));

    /// <summary>The words of each side that meet a word of the other (or a pair of its neighbours written as one).</summary>
    private static (HashSet<string> Left, HashSet<string> Right) Matched(Title left, Title right)
    {
        var matchedLeft = new HashSet<string>(StringComparer.Ordinal);
        var matchedRight = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in left.Words)
        {
            foreach (var b in right.Words.Where(b => Matches(a, b)))
            {
                matchedLeft.Add(a);
                matchedRight.Add(b);
            }
        }

        Joined(left, right, matchedLeft, matchedRight);
        Joined(right, left, matchedRight, matchedLeft);
        return (matchedLeft, matchedRight);
    }

    // "log ind" on one side meets "login" on the other: both neighbours and the word count as matched.
    private static void Joined(Title side, Title other, HashSet<string> matchedSide, HashSet<string> matchedOther)
    {
        foreach (var (joined, first, second) in side.Joins)
        {
            foreach (var word in other.Words.Where(w => w != first && w != second && IsTypoOf(joined, w)))
            {
                matchedSide.Add(first);
                matchedSide.Add(second);
                matchedOther.Add(word);
            }
        }
    }

    private static bool Matches(string a, string b)
    {
        if (IsTypoOf(a, b))
        {
            return true;
        }

        // A compound holds the other word at its start or end: "fravaersdata" ~ "fravaer", "netvaerksprint" ~ "print".
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 5 && (longer.StartsWith(shorter, StringComparison.Ordinal) || longer.EndsWith(shorter, StringComparison.Ordinal));
    }

    // One typo in a word of four letters or more, two from nine ("sletning" and "søgning" are two apart, and differ).
    private static bool IsTypoOf(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var shorter = Math.Min(a.Length, b.Length);
        return shorter >= 4 && Math.Abs(a.Length - b.Length) <= 2 && EditDistance.Between(a, b) <= (shorter >= 9 ? 2 : 1);
    }

    private static Title Parse(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in TextFolding.Fold(text) + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
                continue;
            }

            if (current.Length > 0)
            {
                tokens.Add(current.ToString());
            }

            current.Clear();
        }

        var stems = tokens.Select(t => Ignored.Contains(t) ? null : Stem(t)).ToList();
        var joins = new List<(string, string, string)>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (stems[i] is { } first && stems[i + 1] is { } second)
            {
                joins.Add((Stem(tokens[i] + tokens[i + 1]), first, second));
            }
        }

        return new Title([.. stems.OfType<string>().Distinct(StringComparer.Ordinal)], joins);
    }

    private static string Stem(string word)
    {
        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    /// <summary>A title's meaningful words, and each pair of neighbours written as one word with the two it joins.</summary>
    private sealed record Title(IReadOnlyList<string> Words, IReadOnlyList<(string Joined, string First, string Second)> Joins);
}
