namespace CoordinatorBot.Generators;

/// <summary>One text of a resx file: its key, its value, and the highest placeholder it uses plus one.</summary>
internal sealed class ResxText
{
    public ResxText(string key, string value, int arguments)
    {
        Key = key;
        Value = value;
        Arguments = arguments;
    }

    public string Key { get; }

    public string Value { get; }

    /// <summary>How many arguments the text takes: "{0} af {1}" takes 2; one without placeholders 0.</summary>
    public int Arguments { get; }
}
