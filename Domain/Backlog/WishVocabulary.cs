namespace CoordinatorBot.Domain.Backlog;

/// <summary>
/// The titles a new one is compared against, as words: a word that many of them hold (the product's name in most of a
/// community's wishes) says little about which thing is wished for, and counts as generic in <see cref="WishSimilarity"/>.
/// </summary>
public sealed class WishVocabulary
{
    // Fewer titles than this say nothing of which words are common.
    private const int MinimumTitles = 10;

    private readonly Dictionary<string, int> _titlesWith = new(StringComparer.Ordinal);
    private readonly int _titles;

    public WishVocabulary(IEnumerable<string> titles)
    {
        foreach (var title in titles)
        {
            _titles++;
            foreach (var word in WishSimilarity.Words(title))
            {
                _titlesWith[word] = _titlesWith.GetValueOrDefault(word) + 1;
            }
        }
    }

    public static WishVocabulary None { get; } = new([]);

    /// <summary>The word is in more than a tenth of the titles (and more than three).</summary>
    public bool IsCommon(string word) =>
        _titles >= MinimumTitles && _titlesWith.GetValueOrDefault(word) > Math.Max(3, _titles / 10);
}
