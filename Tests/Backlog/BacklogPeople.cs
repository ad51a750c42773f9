namespace CoordinatorBot.Tests.Backlog;

/// <summary>
/// The community the backlog tests act in: Alice coordinates; Ida (Aarhus), Ole (Odense) and Vera (Vejle) speak for
/// their municipalities; Kim is in the coordination group; Lis works for Magenta ApS and Nils for Netcompany; Bob,
/// Carl and Dora are the steering group.
/// </summary>
public static class BacklogPeople
{
    public static async Task SetUpAsync(BotHarness harness, string? budgetHours = null)
    {
        // The people first: the first setup then reads them afresh.
        var members = harness.Bot.Services.GetRequiredService<MemberStore>();
        (string Id, string Name, Role Role, string? Municipality, string? Supplier)[] people =
        [
            ("aad-ida", "Ida", Role.Municipality, "Aarhus", null), ("aad-ole", "Ole", Role.Municipality, "Odense", null),
            ("aad-vera", "Vera", Role.Municipality, "Vejle", null), ("aad-kim", "Kim", Role.CoordinationGroup, null, null),
            ("aad-lis", "Lis", Role.Supplier, null, "Magenta ApS"), ("aad-nils", "Nils", Role.Supplier, null, "Netcompany"),
            ("aad-bob", "Bob", Role.SteeringGroup, null, null), ("aad-carl", "Carl", Role.SteeringGroup, null, null),
            ("aad-dora", "Dora", Role.SteeringGroup, null, null),
        ];
        foreach (var (id, name, role, municipality, supplier) in people)
        {
            await members.UpdateAsync(ActivityBuilder.TeamId, id,
                _ => new Member(id, name, new HashSet<Role> { role }, municipality, $"29:{id}", supplier), default);
        }

        await harness.SetUpCommunityAsync();
        if (budgetHours is not null)
        {
            await harness.PressAsync(CardVerbs.SaveSetup, new JsonObject
            {
                ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10", ["lang"] = "da",
                [SetupCard.BacklogHoursInput] = budgetHours, [SetupCard.BacklogPeriodInput] = "Quarter", [SetupCard.SupportThresholdInput] = "3",
            });
        }
    }

    public static JsonObject Wish(string title) => new()
    {
        [WishForm.TitleInput] = title,
        [WishForm.NeedInput] = "Som borger ønsker jeg at logge ind med MitID, så jeg ikke skal huske en adgangskode.",
        [WishForm.ImportanceInput] = "High",
    };
}
