namespace CoordinatorBot.Tests.Support;

/// <summary>What ./test.sh started for the tests, passed in environment variables.</summary>
public static class TestSettings
{
    public static string StorageConnectionString => Required("COORDINATORBOT_TEST_STORAGE");

    /// <summary>Azurite's blob service, where the nightly backup goes.</summary>
    public static string BlobConnectionString => Required("COORDINATORBOT_TEST_BLOB");

    public static int BotPort => int.Parse(Required("COORDINATORBOT_TEST_BOT_PORT"), System.Globalization.CultureInfo.InvariantCulture);

    public static Uri Playground => new(Required("COORDINATORBOT_TEST_PLAYGROUND"));

    public static string NodeModules => Required("COORDINATORBOT_TEST_NODE_MODULES");

    /// <summary>Debian's Chromium, for the test that uses the Playground's web page.</summary>
    public static string Chromium => Required("COORDINATORBOT_TEST_CHROMIUM");

    /// <summary>The folder where ./test.sh installed the Microsoft 365 Agents Toolkit CLI (deploy/atk).</summary>
    public static string AgentsToolkit => Required("COORDINATORBOT_TEST_ATK");

    /// <summary>The Bicep CLI from NuGet (Azure.Bicep.CommandLine.linux-x64), restored by ./test.sh.</summary>
    public static string Bicep => Required("COORDINATORBOT_TEST_BICEP");

    /// <summary>A table prefix of its own, so that tests never see each other's rows.</summary>
    public static string NewTablePrefix() => "t" + Guid.NewGuid().ToString("N")[..10];

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the tests with ./test.sh, which starts Azurite and the Agents Playground.");
}
