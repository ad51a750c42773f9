using System.Text;
using CoordinatorBot.Domain.Text;

namespace CoordinatorBot.Domain.Backlog;

/// <summary>
/// Whether two titles ask for the same thing, on folded Danish text: the overlap of their meaningful words (a typo
/// or an inflection still counts as the word) and the similarity of their letter trigrams, both independent of word
/// order. "Login med MitID" and "mitid-login" are alike; "Eksport af fravær" and "Login med MitID" are not.
/// </summary>
public static class WishSimilarity
{
    /// <summary>From this score on, two titles are shown as alike.</summary>
    public const double Threshold = 0.6;

    // Small words that say nothing about what is wished for.
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "af", "at", "de", "den", "der", "det", "en", "er", "et", "for", "fra", "i", "med", "og", "om", "paa", "som", "til", "ved", "vi",
        "jeg", "kan", "skal", "ny", "nyt", "nye", "bedre", "mulighed", "muligt",
        "a", "an", "and", "as", "be", "by", "in", "of", "on", "or", "the", "to", "with", "new", "better",
    };

    // Danish endings, longest first: "loginnet", "eksporterne" and "rapporter" meet their stem.
    private static readonly string[] Endings = ["erne", "ene", "ers", "et", "en", "er", "e", "s"];

    /// <summary>A score from 0 (nothing alike) to 1 (the same words).</summary>
    public static double Score(string a, string b)
    {
        var left = Words(a);
        var right = Words(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        return Math.Max(WordOverlap(left, right), Trigrams(left, right));
    }

    public static bool AreAlike(string a, string b) => Score(a, b) >= Threshold;

    /// <summary>The meaningful words, folded and stemmed.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in TextFolding.Fold(text) + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
                continue;
            }

            if (current.Length > 0 && !Ignored.Contains(current.ToString()))
            {
                words.Add(Stem(current.ToString()));
            }

            current.Clear();
        }

        return [.. words.Distinct(StringComparer.Ordinal)];
    }

    // Dice's coefficient over words, where a word matches a word of the other side it is within a typo of.
    private static double WordOverlap(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var unused = right.ToList();
        var matched = 0;
        foreach (var word in left)
        {
            var index = unused.FindIndex(other => Matches(word, other));
            if (index >= 0)
            {
                matched++;
                unused.RemoveAt(index);
            }
        }

        return 2.0 * matched / (left.Count + right.Count);
    }

    private static bool Matches(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= 4 && EditDistance.Between(a, b) <= (Math.Max(a.Length, b.Length) >= 8 ? 2 : 1));

    // Dice's coefficient over the words' trigrams (each word padded), so that word order does not count.
    private static double Trigrams(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var a = TrigramsOf(left);
        var b = TrigramsOf(right);
        var common = a.Count(b.Contains);
        return 2.0 * common / (a.Count + b.Count);
    }

    private static HashSet<string> TrigramsOf(IReadOnlyList<string> words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var padded = $"  {word} ";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                set.Add(padded.Substring(i, 3));
            }
        }

        return set;
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
}
