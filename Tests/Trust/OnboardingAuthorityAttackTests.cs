namespace CoordinatorBot.Tests.Trust;

/// <summary>
/// People with the right role for the wrong organisation: a municipality ticking another municipality's steps, a
/// supplier ticking a competitor's, and the nudge showing one municipality's steps to another. Issue #8, item 5.
/// </summary>
[Trait("Category", "Integration")]
// Friday 27 November 2026: the onboardings start today, so their data processing step is due Monday 4 January 2027
// (their contacts step is done: the dialog took both contacts).
public sealed class OnboardingAuthorityAttackTests() : ClockedBotFeatureTests(hostedScheduler: false)
{
    private string _aarhus = string.Empty;
    private string _vejle = string.Empty;

    private OnboardingStore Store => Service<OnboardingStore>();

    // Mette speaks for Aarhus Kommune; Bob works for Magenta ApS, Sam for Netcompany A/S. Aarhus's supplier is
    // Magenta, Vejle's is Netcompany.
    protected override async Task SetUpAsync()
    {
        Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-bob", "Bob"), ("aad-mette", "Mette Hansen"), ("aad-sam", "Sam")]);
        await Harness.SetUpCommunityAsync();
        var members = Service<MemberStore>();
        await members.UpdateAsync(TeamId, "aad-mette",
            _ => new Member("aad-mette", "Mette Hansen", new HashSet<Role> { Role.Municipality }, "Aarhus Kommune", "29:aad-mette"), default);
        await members.UpdateAsync(TeamId, "aad-bob",
            _ => new Member("aad-bob", "Bob", new HashSet<Role> { Role.Supplier }, null, "29:aad-bob", "Magenta ApS"), default);
        await members.UpdateAsync(TeamId, "aad-sam",
            _ => new Member("aad-sam", "Sam", new HashSet<Role> { Role.Supplier }, null, "29:aad-sam", "Netcompany A/S"), default);
        _aarhus = await CreateAsync("Aarhus", "Magenta ApS");
        _vejle = await CreateAsync("Vejle", "Netcompany A/S");
    }

    [Fact]
    public async Task A_municipality_cannot_tick_another_municipalitys_step_but_can_tick_its_own()
    {
        var refused = await TickAsync(_vejle, "dataprocessing", "aad-mette", "Mette Hansen");
        var own = await TickAsync(_aarhus, "dataprocessing", "aad-mette", "Mette Hansen");

        Assert.Contains("hører til Vejle Kommune. Det kan kun kommunens egne folk eller koordinatoren markere.",
            TrustActivities.Read(refused), StringComparison.Ordinal);
        Assert.False(Step(await Store.GetAsync(TeamId, _vejle, default), "dataprocessing").IsDone);
        Assert.Contains("er markeret som udført", TrustActivities.Read(own), StringComparison.Ordinal);
        Assert.Equal("Mette Hansen", Step(await Store.GetAsync(TeamId, _aarhus, default), "dataprocessing").DoneByName);
    }

    [Fact]
    public async Task A_supplier_cannot_tick_another_suppliers_step_but_can_tick_their_own()
    {
        var refused = await TickAsync(_aarhus, "connection", "aad-sam", "Sam");
        var own = await TickAsync(_aarhus, "connection", "aad-bob", "Bob");

        Assert.Contains("hører til leverandøren Magenta ApS. Det kan kun leverandørens egne folk eller koordinatoren markere.",
            TrustActivities.Read(refused), StringComparison.Ordinal);
        Assert.Contains("er markeret som udført", TrustActivities.Read(own), StringComparison.Ordinal);
        Assert.Equal("Bob", Step(await Store.GetAsync(TeamId, _aarhus, default), "connection").DoneByName);
        Assert.False(Step(await Store.GetAsync(TeamId, _vejle, default), "connection").IsDone);
    }

    [Fact]
    public async Task The_weekly_nudge_lists_only_the_persons_own_municipalitys_steps()
    {
        await Harness.OpenPersonalChatAsync("aad-mette", "Mette Hansen", "a:mette-chat");
        var scheduler = Service<JobScheduler>();

        Time.SetUtcNow(DateTimeOffset.Parse("2027-01-04T07:00:30Z", CultureInfo.InvariantCulture));
        await scheduler.TickAsync(default);
        await scheduler.TickAsync(default);
        var sender = Service<OutboxSender>();
        var mette = await Eventually.FoundAsync(async () =>
        {
            await sender.DeliverDueAsync(default);
            return Connector.Sent("POST").FirstOrDefault(r => r.Path == "/teams/v3/conversations/a%3Amette-chat/activities");
        }, "Mette's nudge");

        var text = BotHarness.Text(mette.Cards().Single());
        Assert.Contains("Aarhus Kommune", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Vejle", text, StringComparison.Ordinal);
    }

    private static CoordinatorBot.Domain.Onboarding.OnboardingStep Step(CoordinatorBot.Domain.Onboarding.Onboarding? onboarding, string key) =>
        onboarding!.Steps.Single(s => s.Key == key);

    private async Task<string> CreateAsync(string municipality, string supplier)
    {
        foreach (var answer in new[] { "onboarding ny", municipality, "Medlem af OS2", "Mette Hansen", "Bob", supplier, "2027-03-01" })
        {
            await Harness.SayAsync(answer);
        }

        return (await Store.ListAsync(TeamId, default)).Single(o => o.Details.Municipality == municipality).Id;
    }

    private Task<JsonNode> TickAsync(string id, string step, string aad, string name) =>
        Harness.PressAsync(CardVerbs.TickStep, new JsonObject { ["onboarding"] = id, ["step"] = step, ["lang"] = "da" }, aad: aad, name: name);
}
