using System.Diagnostics;

namespace CoordinatorBot.Tests.EndToEnd;

/// <summary>A person in the Playground's web page, in headless Chromium, using the bot's cards.</summary>
[Collection(PlaygroundCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class PlaygroundBrowserTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task A_Danish_coordinator_gets_help_sets_up_assigns_roles_proposes_onboards_by_posts_and_plans_the_week_in_the_Playground_page()
    {
        // Alex, the person in the page, adds the bot to the team first: the person who added it may save the setup.
        await fixture.Playground.SendEventAsync(PlaygroundClient.TeamId, "install");
        var communities = fixture.Bot.Services.GetRequiredService<CommunityStore>();
        await Eventually.TrueAsync(async () => (await communities.GetAsync(PlaygroundClient.TeamId, default))?.InstalledBy is not null,
            "the team's community to know who added the bot");
        var screenshots = Directory.CreateTempSubdirectory("playground-");
        var start = new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                Path.Combine(AppContext.BaseDirectory, "EndToEnd", "playground-browser.cjs"), TestSettings.NodeModules,
                TestSettings.Chromium, TestSettings.Playground.ToString(), screenshots.FullName,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();

        Assert.True(node.ExitCode == 0, $"{await output}\n{await error}\nScreenshots: {screenshots.FullName}");
        Assert.Equal(8, (await output).Split('\n').Count(l => l.StartsWith("step:", StringComparison.Ordinal)));
    }
}
