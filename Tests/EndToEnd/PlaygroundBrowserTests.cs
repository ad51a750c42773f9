using System.Diagnostics;
using CoordinatorBot.Tests.Support;

namespace CoordinatorBot.Tests.EndToEnd;

/// <summary>A person in the Playground's web page, in headless Chromium, using the bot's cards.</summary>
[Collection(PlaygroundCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class PlaygroundBrowserTests
{
    [Fact]
    public async Task A_person_gets_help_saves_setup_and_assigns_a_role_in_the_Playground_page()
    {
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
        Assert.Equal(3, (await output).Split('\n').Count(l => l.StartsWith("step:", StringComparison.Ordinal)));
    }
}
