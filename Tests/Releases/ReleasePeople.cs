namespace CoordinatorBot.Tests.Releases;

/// <summary>Backlog items where the releases' tests start (the backlog's own way to them is the backlog's tests' subject).</summary>
public static class ReleasePeople
{
    /// <summary>An item of Magenta ApS, raised by Ida of Aarhus and supported by Aarhus and Odense.</summary>
    public static Task AddItemAsync(BotHarness harness, int number, string title, ItemStatus status = ItemStatus.Delivered,
        string supplier = "Magenta ApS", string? release = null) =>
        harness.Bot.Services.GetRequiredService<BacklogStore>().AddItemAsync(ActivityBuilder.TeamId, new BacklogItem
        {
            Number = number, Title = title, Need = "Som borger ønsker jeg …", Class = MoscowClass.Must, Supplier = supplier,
            RaisedById = "aad-ida", Municipalities = ["Aarhus", "Odense"], Status = status, ReleaseVersion = release,
        }, default);
}
