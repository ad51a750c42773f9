using System.Reflection;

namespace CoordinatorBot.Tests.Deployment;

/// <summary>
/// The commands Teams offers in its compose box are the bot's own: each title in the manifest (Danish) and in its
/// English localization is the word the help shows for one command, so that picking one from the list always works.
/// </summary>
[Trait("Category", "Unit")]
public sealed class ManifestCommandTests
{
    private static readonly Texts Danish = new(Language.Danish);
    private static readonly Texts English = new(Language.English);

    private static IEnumerable<string> Ids => typeof(CommandIds).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Every_listed_command_is_one_of_the_bots_in_both_languages_and_each_scope_list_keeps_teams_limit()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("deploy", "teams", "manifest.json")))!;
        var english = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("deploy", "teams", "en-us.json")))!.AsObject();
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        var scopes = new List<string>();
        for (var l = 0; l < lists.Count; l++)
        {
            var commands = lists[l]!["commands"]!.AsArray();
            Assert.InRange(commands.Count, 1, 10);
            scopes.AddRange(lists[l]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
            for (var c = 0; c < commands.Count; c++)
            {
                var title = commands[c]!["title"]!.GetValue<string>();
                var id = Assert.Single(Ids, i => Danish.CommandWords(i)[0] == title);
                var key = $"bots[0].commandLists[{l}].commands[{c}]";
                Assert.Equal(English.CommandWords(id)[0], english[$"{key}.title"]?.GetValue<string>());
                Assert.False(string.IsNullOrWhiteSpace(english[$"{key}.description"]?.GetValue<string>()), $"{key}.description in en-us.json");
            }
        }

        // Teams wants a list of its own for each scope (each of at most ten commands).
        Assert.Equal(scopes.Count, scopes.Distinct().Count());
    }
}
