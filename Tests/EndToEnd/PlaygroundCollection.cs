namespace CoordinatorBot.Tests.EndToEnd;

/// <summary>The Playground talks to one bot port, so its tests share one bot and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PlaygroundCollection : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "Agents Playground";
}
