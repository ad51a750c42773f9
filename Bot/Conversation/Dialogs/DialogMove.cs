namespace CoordinatorBot.Bot.Conversation.Dialogs;

public enum DialogMove
{
    Answer,
    Back,
    Cancel,
}
