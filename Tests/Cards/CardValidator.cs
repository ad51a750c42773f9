namespace CoordinatorBot.Tests.Cards;

/// <summary>The official adaptivecards library (Tests/Cards/validate-cards.cjs) reading cards at schema 1.5, as Teams parses them.</summary>
internal static class CardValidator
{
    /// <summary>What the library says of each card (by its file name; empty when it has nothing to say).</summary>
    public static async Task<Dictionary<string, List<string>>> ValidateAsync(IReadOnlyDictionary<string, string> cards,
        CancellationToken cancellationToken = default)
    {
        var directory = Directory.CreateTempSubdirectory("cards-");
        try
        {
            foreach (var (name, json) in cards)
            {
                await File.WriteAllTextAsync(Path.Combine(directory.FullName, name), json, cancellationToken);
            }

            var report = await NodeScript.RunAsync(Path.Combine("Cards", "validate-cards.cjs"), directory.FullName, cancellationToken);
            return JsonSerializer.Deserialize<Dictionary<string, List<string>>>(report)!;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>The library finds nothing wrong with <paramref name="card"/>.</summary>
    public static async Task AssertValidAsync(JsonNode card, CancellationToken cancellationToken = default) =>
        Assert.Empty((await ValidateAsync(new Dictionary<string, string> { ["card.json"] = card.ToJsonString() }, cancellationToken))["card.json"]);
}
