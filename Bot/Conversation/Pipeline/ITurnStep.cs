namespace CoordinatorBot.Bot.Conversation.Pipeline;

/// <summary>
/// One step of the router's pipeline, in the spirit of ASP.NET Core middleware: it does its part of the turn and calls
/// <c>next</c> to go on, or answers (or ignores) the activity and stops there.
/// </summary>
public interface ITurnStep
{
    Task InvokeAsync(TurnContext context, TurnDelegate next);
}
