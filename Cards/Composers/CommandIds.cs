namespace CoordinatorBot.Cards.Composers;

/// <summary>
/// The ids of the chat commands. A command's words and description are texts (Command{Id}Words,
/// Command{Id}Description) so that Danish and English live together with every other text. Here only help; each
/// feature's ids are a part of this class in its folder (Cards/Decisions/DecisionCommandIds.cs, …).
/// </summary>
public static partial class CommandIds
{
    public const string Help = "Help";
}
