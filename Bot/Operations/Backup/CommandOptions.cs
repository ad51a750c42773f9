namespace CoordinatorBot.Bot.Operations.Backup;

/// <summary>The options of <see cref="StorageCommandLine"/>; anything else is configuration (<c>--Key=value</c>).</summary>
internal sealed record CommandOptions(string? Out, string? From, string? Community, bool Replace)
{
    public static (CommandOptions Options, string[] Configuration) Parse(IEnumerable<string> args)
    {
        var options = new CommandOptions(null, null, null, false);
        var rest = new List<string>();
        using var arg = args.GetEnumerator();
        while (arg.MoveNext())
        {
            options = arg.Current switch
            {
                "--out" => options with { Out = Next(arg) },
                "--from" => options with { From = Next(arg) },
                "--community" => options with { Community = Next(arg) },
                "--replace" => options with { Replace = true },
                var other => Keep(options, rest, other),
            };
        }

        return (options, [.. rest]);
    }

    private static string? Next(IEnumerator<string> arg) => arg.MoveNext() ? arg.Current : null;

    private static CommandOptions Keep(CommandOptions options, List<string> rest, string arg)
    {
        rest.Add(arg);
        return options;
    }
}
