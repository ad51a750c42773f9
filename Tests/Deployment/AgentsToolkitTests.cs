namespace CoordinatorBot.Tests.Deployment;

/// <summary>
/// The repository is a Microsoft 365 Agents Toolkit project: its m365agents files pass the toolkit's own schema, every
/// placeholder has a source, and the toolkit's offline validation (`atk validate --manifest-file`) accepts the manifest
/// at the version it declares and refuses a broken one.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AgentsToolkitTests
{
    [Fact]
    public async Task The_project_files_pass_the_toolkits_schema_and_every_placeholder_has_a_source()
    {
        var check = await ToolRun.StartAsync("node", [Path.Combine(TestSettings.AgentsToolkit, "validate-project.cjs"), RepositoryRoot.Path]);

        Assert.True(check.ExitCode == 0, check.Output);
        Assert.Contains("checked m365agents.yml against the toolkit's yaml-schema/v1.13", check.Output, StringComparison.Ordinal);
        Assert.Contains("checked m365agents.playground.yml", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_toolkit_accepts_the_manifest_at_the_newest_version_it_knows()
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryRoot.Combine("deploy", "teams", "manifest.json")))!;
        Assert.Equal(NewestSchemaVersion(), manifest["manifestVersion"]!.GetValue<string>());

        var check = await ValidateAsync(RepositoryRoot.Combine("deploy", "teams", "manifest.json"));

        Assert.True(check.ExitCode == 0, check.Output);
        Assert.Contains("All passed", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_toolkit_refuses_a_manifest_that_breaks_its_schema()
    {
        using var folder = ManifestFolder.CopyOfRepository("manifest.json", "en-us.json", "color.png", "outline.png");
        var path = await folder.EditAsync(manifest => manifest["name"]!["short"] = "CoordinatorBot for every OS2 community");

        var check = await ValidateAsync(path);

        Assert.NotEqual(0, check.ExitCode);
        Assert.Contains("/name/short", check.Output, StringComparison.Ordinal);
    }

    /// <summary>The newest manifest schema the toolkit ships, which its own templates for new bots declare.</summary>
    private static string NewestSchemaVersion() =>
        Directory.GetDirectories(Path.Combine(TestSettings.AgentsToolkit, "node_modules", "@microsoft", "m365agentstoolkit-cli", "json-schemas", "teams"), "v1.*")
            .Select(d => Version.Parse(Path.GetFileName(d)[1..]))
            .Max()!
            .ToString();

    /// <summary>The toolkit's offline validation, with the values `atk provision` would have written.</summary>
    private static async Task<ToolRun> ValidateAsync(string manifest)
    {
        var values = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(values, """
                TEAMS_APP_ID=7d3c2b8e-9b1a-4c55-8f5e-1f2a3b4c5d6e
                BOT_ID=7d3c2b8e-9b1a-4c55-8f5e-1f2a3b4c5d6e
                BOT_DOMAIN=coordinatorbot-dev.azurewebsites.net
                """);
            return await ToolRun.StartAsync(Path.Combine(TestSettings.AgentsToolkit, "node_modules", ".bin", "atk"),
                ["validate", "--manifest-file", manifest, "--env-file", values, "--folder", RepositoryRoot.Path, "--telemetry", "false", "--interactive", "false"]);
        }
        finally
        {
            File.Delete(values);
        }
    }
}
