using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Domain.Text;

namespace CoordinatorBot.Bot.Conversation;

/// <summary>
/// Finds the command in a message from the command words of both languages (longest phrase first), ignoring case
/// and accents; when nothing matches, names the closest commands as suggestions.
/// </summary>
public sealed class CommandMatcher
{
    private const int MaxSuggestions = 3;
    private readonly List<Phrase> _phrases;

    public CommandMatcher(IEnumerable<string> commandIds)
    {
        var danish = new Texts(Language.Danish);
        var english = new Texts(Language.English);
        _phrases = [];
        foreach (var id in commandIds)
        {
            var da = danish.CommandWords(id);
            var en = english.CommandWords(id);
            foreach (var (words, language, shown) in da.Select(w => (w, Language.Danish, w))
                         .Concat(en.Select(w => (w, Language.English, w))))
            {
                var folded = CommandText.Words(CommandText.Fold(words));
                var sameInOther = (language == Language.Danish ? en : da)
                    .Any(o => CommandText.Fold(o) == CommandText.Fold(words));
                _phrases.Add(new Phrase(id, folded, sameInOther ? null : language, shown));
            }
        }

        _phrases.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public CommandMatch Match(string text)
    {
        var original = CommandText.Words(text);
        var folded = original.Select(CommandText.Fold).ToArray();
        foreach (var phrase in _phrases)
        {
            if (folded.Length >= phrase.Words.Length && phrase.Words.SequenceEqual(folded.Take(phrase.Words.Length)))
            {
                return new CommandMatch(phrase.CommandId, string.Join(' ', original.Skip(phrase.Words.Length)), phrase.Language, []);
            }
        }

        return new CommandMatch(null, text, null, Closest(folded));
    }

    /// <summary>The commands whose words are near enough to the start of the message to be a typo of them, nearest first.</summary>
    private List<string> Closest(string[] folded)
    {
        if (folded.Length == 0)
        {
            return [];
        }

        return [.. _phrases
            .Select(p =>
            {
                var typed = string.Join(' ', folded.Take(p.Words.Length));
                var wanted = string.Join(' ', p.Words);
                return (Phrase: p, Distance: EditDistance.Between(typed, wanted), Length: wanted.Length);
            })
            .Where(c => c.Distance <= Math.Max(1, c.Length / 3))
            .OrderBy(c => c.Distance)
            .ThenByDescending(c => c.Phrase.Words.Length)
            .Select(c => c.Phrase.CommandId)
            .Distinct()
            .Take(MaxSuggestions)];
    }

    private sealed record Phrase(string CommandId, string[] Words, Language? Language, string Shown);
}
