namespace CoordinatorBot.Cards.Status;

/// <summary>Tells the coordinator that a status report's draft is ready before a meeting (or the month), to mark and publish.</summary>
public static class StatusDraftReadyCard
{
    public static AdaptiveCard Compose(Texts texts, string before) =>
        Card(texts, texts.StatusDraftReady(before),
            [Title(texts.StatusTitleDraft), Paragraph(texts.StatusDraftReady(before))],
            [RunCommand(texts, texts.CommandWords(CommandIds.Status)[0], CommandIds.Status)]);
}
