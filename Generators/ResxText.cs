namespace CoordinatorBot.Generators;

/// <summary>One text of a resx file: its key, its value, and how many arguments it takes.</summary>
/// <param name="Arguments">The highest placeholder it uses plus one: "{0} af {1}" takes 2; one without placeholders 0.</param>
internal sealed record ResxText(string Key, string Value, int Arguments);
