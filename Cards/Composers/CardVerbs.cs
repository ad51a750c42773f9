namespace CoordinatorBot.Cards.Composers;

/// <summary>The verbs our cards send back, and the data keys they carry.</summary>
public static class CardVerbs
{
    /// <summary>Runs a command as if the person had typed it; data: <see cref="CommandKey"/>.</summary>
    public const string RunCommand = "command.run";
    public const string SaveSetup = "setup.save";
    public const string AssignRole = "roles.assign";
    public const string RemoveRole = "roles.remove";

    public const string VerbKey = "verb";
    public const string CommandKey = "command";

    /// <summary>The language the card was written in, so that the answer keeps it.</summary>
    public const string LanguageKey = "lang";
}
