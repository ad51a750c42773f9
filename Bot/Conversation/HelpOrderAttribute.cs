namespace CoordinatorBot.Bot.Conversation;

/// <summary>
/// Where a command stands in help among its feature's commands (1 first); the features come in the order the
/// application adds them. A command without one comes after those that have one.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class HelpOrderAttribute(int position) : Attribute
{
    public int Position { get; } = position;
}
