namespace CoordinatorBot.Tests.Deployment;

/// <summary>
/// The app can be added to shared and private channels, as Microsoft's "Apps for shared and private channels" asks:
/// the channel types it supports, its readiness for channel features, and the resource-specific consent that lets the
/// bot read a channel's members and hear of them (direct and through teams).
/// </summary>
[Trait("Category", "Unit")]
public sealed class ManifestChannelTests
{
    [Fact]
    public void The_manifest_declares_shared_and_private_channels_and_the_channel_member_consent()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("deploy", "teams", "manifest.json")))!;

        Assert.Equal(["privateChannels", "sharedChannels"],
            manifest["supportedChannelTypes"]!.AsArray().Select(t => t!.GetValue<string>()).Order());
        Assert.Equal("tier1", manifest["supportsChannelFeatures"]!.GetValue<string>());
        Assert.Contains("team", manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Contains(manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray(),
            p => p!["name"]!.GetValue<string>() == "ChannelMember.Read.Group" && p["type"]!.GetValue<string>() == "Application");
    }
}
