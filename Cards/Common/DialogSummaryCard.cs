namespace CoordinatorBot.Cards.Common;

/// <summary>
/// What a dialog's question card becomes once it is no longer the one to answer: read-only, with no inputs or buttons,
/// so an old card in the thread cannot answer a later question by mistake.
/// </summary>
public static class DialogSummaryCard
{
    /// <summary>The question answered: "Kommune: Aarhus Kommune ✓".</summary>
    public static AdaptiveCard Answered(Texts texts, int step, int steps, string label, string answer)
    {
        var line = texts.DialogAnswered(label, answer);
        return Card(texts, line,
        [
            new TextBlock(texts.DialogStepOf(step, steps)) { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock(line) { Weight = TextWeight.Bolder, Color = TextColor.Good },
        ]);
    }

    /// <summary>The question left unanswered here: the dialog went on below, was cancelled or expired, as the note says.</summary>
    public static AdaptiveCard Closed(Texts texts, int step, int steps, string question, string note) =>
        Card(texts, note,
        [
            new TextBlock(texts.DialogStepOf(step, steps)) { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock(question) { Weight = TextWeight.Bolder },
            new TextBlock(note) { IsSubtle = true },
        ]);
}
