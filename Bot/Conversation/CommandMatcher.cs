namespace CoordinatorBot.Bot.Conversation;

/// <summary>
/// Finds the command in a message from the command words of both languages (longest phrase first), ignoring case
/// and accents; when nothing matches, names the closest commands as suggestions, each with the rest of the message as
/// its arguments: a typo of a command's words ("beslutnnger arkitektur" → »beslutninger« with "arkitektur"), or a
/// message that starts with one of a command's own words and lacks the command ("ferie 3. januar 2027" → »nudge
/// ferie« with "ferie 3. januar 2027").
/// </summary>
public sealed class CommandMatcher
{
    private const int MaxSuggestions = 3;
    private readonly List<Phrase> _phrases;

    // A command's own first words ("ferie" of "nudge ferie 3. januar"), folded, with the command they belong to.
    private readonly Dictionary<string, string> _subcommands = new(StringComparer.Ordinal);

    /// <param name="subcommands">Per command id, the words that may follow its own (both languages).</param>
    public CommandMatcher(IEnumerable<string> commandIds, IReadOnlyDictionary<string, IReadOnlyList<string>>? subcommands = null)
    {
        foreach (var (id, words) in subcommands ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            foreach (var word in words)
            {
                _subcommands.TryAdd(CommandText.Fold(word), id);
            }
        }

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

        return new CommandMatch(null, text, null, Closest(original, folded));
    }

    /// <summary>
    /// The commands the message may have meant, nearest first: one whose own word starts it (the command forgotten),
    /// then those whose words are near enough to its start to be a typo of them.
    /// </summary>
    private List<SuggestedCommand> Closest(string[] original, string[] folded)
    {
        if (folded.Length == 0)
        {
            return [];
        }

        var forgotten = _subcommands.TryGetValue(folded[0], out var owner)
            ? [new SuggestedCommand(owner, original[0], string.Join(' ', original))]
            : Array.Empty<SuggestedCommand>();
        var typos = _phrases
            .Select(p =>
            {
                var typed = string.Join(' ', folded.Take(p.Words.Length));
                var wanted = string.Join(' ', p.Words);
                return (Phrase: p, Distance: EditDistance.Between(typed, wanted), Length: wanted.Length);
            })
            .Where(c => c.Distance <= Math.Max(1, c.Length / 3))
            .OrderBy(c => c.Distance)
            .ThenByDescending(c => c.Phrase.Words.Length)
            .Select(c => new SuggestedCommand(c.Phrase.CommandId, string.Empty, string.Join(' ', original.Skip(c.Phrase.Words.Length))));
        return [.. forgotten.Concat(typos).DistinctBy(s => s.CommandId).Take(MaxSuggestions)];
    }

    private sealed record Phrase(string CommandId, string[] Words, Language? Language, string Shown);
}
