using Xunit.Abstractions;

namespace CoordinatorBot.Tests.Backlog;

/// <summary>
/// How well look-alike wishes are found, measured on the labelled set: over every pair of its titles, the share of the
/// pairs shown as alike that are in the same group (precision) and the share of the same group's pairs that are shown
/// (recall); and, as a person raising a wish sees it, what each title finds among all the others.
/// </summary>
[Trait("Category", "Unit")]
public sealed class WishLookAlikePrecisionTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<string> Titles = [.. WishLookAlikeSet.Groups.SelectMany(g => g)];

    [Fact]
    public void Among_a_communitys_titles_nearly_every_look_alike_shown_is_one_and_most_are_found()
    {
        var vocabulary = new WishVocabulary(Titles);
        var (precision, recall, wrong) = Measure(vocabulary);

        Assert.True(precision >= 0.95, $"precision {precision:0.00}; wrongly alike: {string.Join("; ", wrong)}");
        Assert.True(recall >= 0.85, $"recall {recall:0.00}");
    }

    [Fact]
    public void Two_titles_alone_are_judged_as_well()
    {
        var (precision, recall, wrong) = Measure(null);

        Assert.True(precision >= 0.95, $"precision {precision:0.00}; wrongly alike: {string.Join("; ", wrong)}");
        Assert.True(recall >= 0.8, $"recall {recall:0.00}");
    }

    [Fact]
    public void A_title_raised_in_the_long_list_finds_its_own_group_and_no_other()
    {
        var vocabulary = new WishVocabulary(Titles);
        foreach (var group in WishLookAlikeSet.Groups)
        {
            foreach (var title in group)
            {
                var found = Titles.Where(t => t != title && WishSimilarity.AreAlike(title, t, vocabulary)).ToList();
                Assert.True(found.All(group.Contains), $"{title} finds {string.Join(", ", found.Where(f => !group.Contains(f)))}");
            }
        }
    }

    private (double Precision, double Recall, List<string> Wrong) Measure(WishVocabulary? vocabulary)
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        var wrong = new List<string>();
        foreach (var (a, b, same) in WishLookAlikeSet.Pairs())
        {
            var alike = WishSimilarity.AreAlike(a, b, vocabulary);
            if (alike && same)
            {
                truePositives++;
            }
            else if (alike)
            {
                falsePositives++;
                wrong.Add($"{a} ~ {b}");
            }
            else if (same)
            {
                falseNegatives++;
                output.WriteLine($"not found: {a} ~ {b} ({WishSimilarity.Score(a, b, vocabulary):0.00})");
            }
        }

        var precision = (double)truePositives / Math.Max(1, truePositives + falsePositives);
        var recall = (double)truePositives / Math.Max(1, truePositives + falseNegatives);
        output.WriteLine($"{Titles.Count} titles, {truePositives + falsePositives + falseNegatives} pairs judged or missed: " +
            $"precision {precision:0.00}, recall {recall:0.00}");
        return (precision, recall, wrong);
    }
}
