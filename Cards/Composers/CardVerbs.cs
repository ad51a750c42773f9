namespace CoordinatorBot.Cards.Composers;

/// <summary>
/// The verbs our cards send back, and the data keys they carry. Here only what every feature shares; each feature's
/// own verbs and keys are a part of this class in its folder (Cards/Decisions/DecisionVerbs.cs, …).
/// </summary>
public static partial class CardVerbs
{
    /// <summary>Runs a command as if the person had typed it; data: <see cref="CommandKey"/>.</summary>
    public const string RunCommand = "command.run";
    public const string DialogAnswer = "dialog.answer";
    public const string DialogBack = "dialog.back";
    public const string DialogCancel = "dialog.cancel";

    public const string VerbKey = "verb";
    public const string CommandKey = "command";

    /// <summary>With the value <see cref="AnswerAsNewMessage"/>: the answer comes as a new message, and the card stays.</summary>
    public const string AnswerKey = "answer";
    public const string AnswerAsNewMessage = "new";
    public const string PageKey = "page";
    public const string FilterKey = "filter";

    /// <summary>The language the card was written in, so that the answer keeps it.</summary>
    public const string LanguageKey = "lang";

    /// <summary>The community a button in a personal chat is about; checked against the presser's roles on each press.</summary>
    public const string CommunityKey = "community";
    public const string ArgumentsKey = "args";
}
