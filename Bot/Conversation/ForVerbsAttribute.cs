namespace CoordinatorBot.Bot.Conversation;

/// <summary>
/// A card action that serves several verbs with one class: the verbs it serves. It takes the verb as a
/// <c>string verb</c> constructor parameter, and one instance is registered per verb (<see cref="HandlerRegistration"/>).
/// A card action with one verb names it in its base class's constructor instead.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ForVerbsAttribute(params string[] verbs) : Attribute
{
    public IReadOnlyList<string> Verbs { get; } = verbs;
}
