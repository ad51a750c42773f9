namespace CoordinatorBot.Cards.Common;

/// <summary>One question of a guided dialog: the question, where we are, the reason an answer was refused, the buttons.</summary>
public static class DialogPromptCard
{
    public const string AnswerInput = "answer";
    public const string TypedInput = "answerTyped";

    public enum InputKind
    {
        Text,
        Choice,
        Date,
        Person,
    }

    /// <param name="botNameInChannel">
    /// The bot's name when the dialog runs in a channel, where a typed answer may also be a new post and must @mention
    /// the bot; null in a personal chat.
    /// </param>
    public static AdaptiveCard Compose(Texts texts, string question, int step, int steps, InputKind kind,
        IReadOnlyList<Choice> choices, Notice? problem, string? current, string? accepted = null, string? botNameInChannel = null)
    {
        var body = new List<CardElement>();
        if (problem is not null)
        {
            // A refused answer, or a note that asks for more (the name of a new supplier) without calling it wrong.
            body.Add(CardParts.Notice(problem.Text, problem.IsProblem));
        }
        else if (accepted is not null)
        {
            // Says back how the last answer was read (a typo's municipality, the person chosen).
            body.Add(new TextBlock(texts.DialogAccepted(accepted)) { Color = TextColor.Good, Weight = TextWeight.Bolder });
        }

        body.Add(new TextBlock(texts.DialogStepOf(step, steps)) { IsSubtle = true, Spacing = Spacing.None });
        body.Add(new TextBlock(question) { Size = TextSize.Medium, Weight = TextWeight.Bolder });
        switch (kind)
        {
            case InputKind.Choice when choices.Count > 0:
                body.Add(new ChoiceSetInput(texts.DialogAnswerLabel, choices)
                {
                    Id = AnswerInput, IsRequired = true, ErrorMessage = texts.DialogRequired, Style = ChoiceSetStyle.Expanded, Value = current,
                });
                break;
            case InputKind.Date:
                body.Add(new DateInput(texts.DialogAnswerLabel) { Id = AnswerInput, IsRequired = true, ErrorMessage = texts.DialogRequired, Value = current });
                break;
            case InputKind.Person:
                if (choices.Count > 0)
                {
                    body.Add(new ChoiceSetInput(texts.DialogPersonLabel, choices) { Id = AnswerInput, Style = ChoiceSetStyle.Filtered });
                }

                body.Add(new TextInput(texts.DialogPersonTyped) { Id = TypedInput, MaxLength = Domain.Text.TextLimits.DialogAnswer });
                break;
            default:
                body.Add(new TextInput(texts.DialogAnswerLabel)
                {
                    Id = AnswerInput, IsRequired = true, ErrorMessage = texts.DialogRequired, MaxLength = Domain.Text.TextLimits.DialogAnswer, Value = current,
                });
                break;
        }

        var hint = botNameInChannel is null ? texts.DialogTypeHint : texts.DialogTypeHintChannel(botNameInChannel);
        body.Add(new TextBlock(hint) { IsSubtle = true, Size = TextSize.Small });
        var actions = new List<CardAction> { Execute(texts, texts.DialogNext, CardVerbs.DialogAnswer) };
        if (step > 1)
        {
            actions.Add(Execute(texts, texts.DialogBack, CardVerbs.DialogBack) with { AssociatedInputs = AssociatedInputs.None });
        }

        actions.Add(Execute(texts, texts.DialogCancel, CardVerbs.DialogCancel) with { AssociatedInputs = AssociatedInputs.None });
        return Card(texts, question, body, actions);
    }
}
