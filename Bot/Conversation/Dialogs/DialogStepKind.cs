namespace CoordinatorBot.Bot.Conversation.Dialogs;

/// <summary>What a dialog step asks for, which decides the input on its card.</summary>
public enum DialogStepKind
{
    Text,
    Choice,
    Date,
    Person,
    YesNo,
}
