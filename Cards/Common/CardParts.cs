namespace CoordinatorBot.Cards.Common;

/// <summary>Small pieces that every composer uses, so that all cards look and behave alike.</summary>
internal static class CardParts
{
    public static TextBlock Title(string text) =>
        new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading };

    public static TextBlock Subtitle(string text) =>
        new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Spacing = Spacing.Medium };

    public static TextBlock Paragraph(string text) => new(text);

    /// <summary>A notice at the top of a card; the words carry the meaning, the colour only repeats it.</summary>
    public static Container Notice(string text, bool isProblem) =>
        new([new TextBlock(text) { Weight = TextWeight.Bolder }])
        {
            Style = isProblem ? ContainerStyle.Attention : ContainerStyle.Good,
        };

    /// <summary>A card's body to add to, beginning with the notice of what just happened when there is one.</summary>
    public static List<CardElement> BodyWith(Notice? notice) => notice is null ? [] : [Notice(notice.Text, notice.IsProblem)];

    public static ExecuteAction Execute(
        Texts texts, string title, string verb, params (string Key, string Value)[] data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CardVerbs.VerbKey] = verb,
            [CardVerbs.LanguageKey] = texts.Language.Code(),
        };
        foreach (var (key, value) in data)
        {
            values[key] = value;
        }

        return new ExecuteAction(title, verb) { Data = values };
    }

    /// <summary>A command button whose answer comes as a new message: the card it sits on (a welcome) stays as it is.</summary>
    public static ExecuteAction RunCommandAsNewMessage(Texts texts, string title, string commandId) =>
        Execute(texts, title, CardVerbs.RunCommand, (CardVerbs.CommandKey, commandId), (CardVerbs.AnswerKey, CardVerbs.AnswerAsNewMessage)) with
        {
            AssociatedInputs = AssociatedInputs.None,
        };

    public static ExecuteAction RunCommand(Texts texts, string title, string commandId) =>
        Execute(texts, title, CardVerbs.RunCommand, (CardVerbs.CommandKey, commandId)) with
        {
            AssociatedInputs = AssociatedInputs.None,
        };

    public static AdaptiveCard Card(Texts texts, string fallback, IReadOnlyList<CardElement> body,
        IReadOnlyList<CardAction>? actions = null) =>
        new()
        {
            Lang = texts.Language.Code(),
            FallbackText = fallback,
            Body = body,
            Actions = actions is { Count: > 0 } ? actions : null,
        };

    /// <summary>A card inside an Action.ShowCard: it takes its language from the card around it.</summary>
    public static AdaptiveCard SubCard(IReadOnlyList<CardElement> body, IReadOnlyList<CardAction> actions) =>
        new() { Body = body, Actions = actions };
}
