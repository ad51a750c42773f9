namespace CoordinatorBot.Cards.Common;

/// <summary>
/// The answer to a message no command matched: one short line and the closest commands as buttons (with what the person
/// wrote after them), and a button to all commands — never the whole help card in a channel everyone reads.
/// </summary>
public static class UnknownCommandCard
{
    // A button's title is the whole command it runs; a long one is cut (the button still runs all of it).
    private const int MaxButtonTitle = 40;

    public static AdaptiveCard Compose(Texts texts, string typed, IReadOnlyList<SuggestedCommand> suggestions)
    {
        var line = typed.Length == 0 ? texts.UnknownEmpty
            : suggestions.Count == 0 ? $"{texts.UnknownCommand(Shortened(typed))} {texts.UnknownEmpty}"
            : $"{texts.UnknownCommandShort} {texts.UnknownDidYouMean(texts.JoinAlternatives(suggestions.Select(s => texts.Quote(Phrase(texts, s)))))}";
        var buttons = suggestions.Select(s => (CardAction)(Execute(texts, Shortened(Whole(texts, s)), CardVerbs.RunCommand,
                (CardVerbs.CommandKey, s.CommandId), (CardVerbs.ArgumentsKey, s.Arguments)) with { AssociatedInputs = AssociatedInputs.None }))
            .Append(RunCommand(texts, texts.ButtonHelp, CommandIds.Help));
        return Card(texts, line, [Notice(line, isProblem: true), new ActionSet([.. buttons])]);
    }

    /// <summary>The command's words and its naming words: "nudge ferie".</summary>
    private static string Phrase(Texts texts, SuggestedCommand s) => $"{texts.CommandWords(s.CommandId)[0]} {s.Shown}".TrimEnd();

    /// <summary>What the button runs: "nudge ferie 3. januar 2027".</summary>
    private static string Whole(Texts texts, SuggestedCommand s) => $"{texts.CommandWords(s.CommandId)[0]} {s.Arguments}".TrimEnd();

    private static string Shortened(string text) => text.Length <= MaxButtonTitle ? text : $"{text[..(MaxButtonTitle - 1)].TrimEnd()}…";
}
