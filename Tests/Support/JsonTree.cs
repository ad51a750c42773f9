namespace CoordinatorBot.Tests.Support;

/// <summary>A card's JSON read as a tree, for the tests that look for an element, input or action wherever it sits.</summary>
public static class JsonTree
{
    /// <summary>Every object in <paramref name="node"/>, depth first, each before what it holds.</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).SelectMany(Objects).Prepend(o),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };
}
