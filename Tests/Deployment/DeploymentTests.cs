using System.Buffers.Binary;

namespace CoordinatorBot.Tests.Deployment;

/// <summary>
/// What is deployed is checked before anyone deploys it: the Bicep template compiles and passes its linter with no
/// warning, and the Teams app package holds a manifest that Microsoft's schema of its declared version accepts.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DeploymentTests
{
    private const string AppId = "7d3c2b8e-9b1a-4c55-8f5e-1f2a3b4c5d6e";
    private const string BotHost = "coordinatorbot-test.azurewebsites.net";

    [Fact]
    public async Task The_Bicep_template_compiles_and_passes_the_linter_without_a_warning()
    {
        var template = RepositoryRoot.Combine("deploy", "azure", "main.bicep");
        var output = Directory.CreateTempSubdirectory("bicep-");
        try
        {
            var build = await ToolRun.StartAsync(TestSettings.Bicep, ["build", template, "--outdir", output.FullName]);
            var lint = await ToolRun.StartAsync(TestSettings.Bicep, ["lint", template]);

            Assert.True(build.ExitCode == 0 && !HasDiagnostics(build.Output), $"bicep build:\n{build.Output}");
            Assert.True(lint.ExitCode == 0 && !HasDiagnostics(lint.Output), $"bicep lint:\n{lint.Output}");
            var arm = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(output.FullName, "main.json")))!;
            var site = arm["resources"]!.AsArray().Single(r => r!["type"]!.GetValue<string>() == "Microsoft.Web/sites")!;
            Assert.Equal("/readyz", site["properties"]!["siteConfig"]!["healthCheckPath"]!.GetValue<string>());
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_Teams_package_holds_the_manifest_with_the_app_id_and_both_icons_at_their_sizes()
    {
        using var package = await PackageAsync();

        Assert.Equal(["color.png", "en-us.json", "manifest.json", "outline.png"], package.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var manifest = JsonNode.Parse(await ReadAsync(package, "manifest.json"))!;
        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(AppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        // The compose box's search is the bot's, and the records' links on the bot's own host unfold through it.
        var extension = manifest["composeExtensions"]![0]!;
        Assert.Equal(AppId, extension["botId"]!.GetValue<string>());
        Assert.Equal(BotHost, extension["messageHandlers"]![0]!["value"]!["domains"]![0]!.GetValue<string>());
        Assert.DoesNotContain("{{", manifest.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal((192, 192), await PngSizeAsync(package, "color.png"));
        Assert.Equal((32, 32), await PngSizeAsync(package, "outline.png"));
    }

    [Fact]
    public async Task The_packaged_manifest_passes_the_official_schema_of_the_version_it_declares()
    {
        using var package = await PackageAsync();
        using var folder = await ManifestFolder.ExtractAsync(package);

        var check = await ValidateAsync(folder.ManifestPath);

        Assert.True(check.ExitCode == 0, check.Output);
        Assert.Contains("against v1.30/MicrosoftTeams.schema.json", check.Output, StringComparison.Ordinal);
        Assert.Contains("en-us.json against v1.30/MicrosoftTeams.Localization.schema.json", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manifest_with_a_field_over_its_length_limit_is_refused()
    {
        using var package = await PackageAsync();
        using var folder = await ManifestFolder.ExtractAsync(package);
        var path = await folder.EditAsync(manifest => manifest["developer"]!["name"] = "OS2 – Offentligt digitaliseringsfællesskab");

        var check = await ValidateAsync(path);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("/developer/name must NOT have more than 32 characters", check.Output, StringComparison.Ordinal);
    }

    /// <summary>Bicep prints "file(line,col) : Warning rule: ..." and carries on with exit code 0.</summary>
    private static bool HasDiagnostics(string output) =>
        output.Contains(" : Warning ", StringComparison.Ordinal) || output.Contains(" : Error ", StringComparison.Ordinal);

    private static async Task<ZipArchive> PackageAsync()
    {
        var script = await ToolRun.StartAsync("bash", [RepositoryRoot.Combine("deploy", "teams", "package.sh"), AppId, BotHost]);
        Assert.True(script.ExitCode == 0, script.Output);
        var zip = script.Output.Trim().Split('\n')[^1];
        return new ZipArchive(new MemoryStream(await File.ReadAllBytesAsync(zip)), ZipArchiveMode.Read);
    }

    private static Task<ToolRun> ValidateAsync(string manifest) =>
        ToolRun.StartAsync("node", [RepositoryRoot.Combine("deploy", "teams", "validate-manifest.cjs"), TestSettings.NodeModules, manifest]);

    private static async Task<string> ReadAsync(ZipArchive zip, string name)
    {
        await using var stream = await zip.GetEntry(name)!.OpenAsync();
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    /// <summary>A PNG's width and height, from its IHDR chunk right after the 8-byte signature.</summary>
    private static async Task<(int Width, int Height)> PngSizeAsync(ZipArchive zip, string name)
    {
        await using var stream = await zip.GetEntry(name)!.OpenAsync();
        var head = new byte[24];
        await stream.ReadExactlyAsync(head);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(head, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(20)));
    }
}
