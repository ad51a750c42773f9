using CoordinatorBot.Bot.Features.Search;

namespace CoordinatorBot.Tests.Search;

/// <summary>The compose box's search in the manifest is the one the bot answers, in Danish and in English.</summary>
[Trait("Category", "Unit")]
public sealed class SearchManifestTests
{
    [Fact]
    public void The_manifests_search_command_and_parameter_are_the_bots_titled_in_both_languages_with_a_link_handler()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("deploy", "teams", "manifest.json")))!;
        var english = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("deploy", "teams", "en-us.json")))!.AsObject();
        var extension = manifest["composeExtensions"]!.AsArray().Single()!;
        var command = extension["commands"]!.AsArray().Single()!;

        Assert.Equal("botBased", extension["composeExtensionType"]!.GetValue<string>());
        Assert.Equal(manifest["bots"]![0]!["botId"]!.GetValue<string>(), extension["botId"]!.GetValue<string>());
        Assert.Equal(SearchQueryHandler.CommandId, command["id"]!.GetValue<string>());
        Assert.Equal("query", command["type"]!.GetValue<string>());
        Assert.Equal(SearchQueryHandler.QueryParameter, command["parameters"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("Søg i fællesskabet", command["title"]!.GetValue<string>());
        Assert.Equal("Search the community", english["composeExtensions[0].commands[0].title"]!.GetValue<string>());
        foreach (var key in new[] { "commands[0].description", "commands[0].parameters[0].title", "commands[0].parameters[0].description" })
        {
            Assert.False(string.IsNullOrWhiteSpace(english[$"composeExtensions[0].{key}"]?.GetValue<string>()), key);
        }

        var handler = extension["messageHandlers"]!.AsArray().Single()!;
        Assert.Equal("link", handler["type"]!.GetValue<string>());
        Assert.Equal("${{BOT_DOMAIN}}", handler["value"]!["domains"]![0]!.GetValue<string>());
    }
}
