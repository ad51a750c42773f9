using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Cards.Setup;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Storage.Communities;
using CoordinatorBot.Tests.Backlog;
using CoordinatorBot.Tests.Support;
using CoordinatorBot.Tests.Trust;
using Microsoft.Extensions.DependencyInjection;

namespace CoordinatorBot.Tests.Portfolio;

/// <summary>
/// The secretariat's portfolio through the running bot, across three communities of one deployment: those that granted
/// access are in it with their figures and no names, one that turned it off is absent, and a person without the
/// secretariat role is refused.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PortfolioTests : IAsyncLifetime
{
    private readonly BotHarness _harness = new(hostedScheduler: false);

    public async Task InitializeAsync()
    {
        await _harness.InitializeAsync();
        await BacklogPeople.SetUpAsync(_harness);
        await _harness.AddMembersAsync(Role.Secretariat, ("aad-sara", "Sara"));
        var communities = _harness.Bot.Services.GetRequiredService<CommunityStore>();
        foreach (var (id, product, access) in new[] { ("team-forms", "OS2forms", false), ("team-valg", "OS2valghalla", true) })
        {
            await communities.UpdateAsync(id, _ => new Community
            {
                Id = id, TenantId = "tenant", Name = product, ProductName = product, SecretariatAccess = access,
                Channel = new ChannelAddress(_harness.ServiceUrl, $"19:{id}@thread.tacv2", "28:bot"),
                CreatedAt = DateTimeOffset.Parse("2026-01-01T00:00:00Z", CultureInfo.InvariantCulture),
            }, default);
        }
    }

    public Task DisposeAsync() => _harness.DisposeAsync();

    private async Task<string> SayPersonallyAsync(string text, string aad, string name)
    {
        var before = _harness.Connector.Requests.Count;
        Assert.Equal(HttpStatusCode.OK, (await _harness.PostAsync(TrustActivities.PersonalMessage(_harness.ServiceUrl, text, aad, name))).StatusCode);
        var answer = _harness.Connector.Requests.Skip(before).Last(r => r.Method == "POST" && r.Path.Contains("/activities", StringComparison.Ordinal));
        return answer.Text + BotHarness.Text(new JsonArray([.. answer.Cards().Select(c => c.DeepClone())]));
    }

    [Fact]
    public async Task The_secretariat_sees_the_communities_that_granted_access_with_figures_and_no_names()
    {
        var card = await SayPersonallyAsync("portefølje", "aad-sara", "Sara");

        Assert.Contains("OS2mo", card, StringComparison.Ordinal);
        Assert.Contains("OS2valghalla", card, StringComparison.Ordinal);
        Assert.DoesNotContain("OS2forms", card, StringComparison.Ordinal);
        // OS2mo: Alice, nine people of BacklogPeople and Sara; three municipalities.
        Assert.Contains("11 personer, heraf 3 kommuner", card, StringComparison.Ordinal);
        foreach (var name in new[] { "Alice", "Ida", "Sara", "Lis" })
        {
            Assert.DoesNotContain(name, card, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_person_without_the_role_is_refused_and_a_community_that_turns_access_off_is_absent()
    {
        Assert.Contains("Porteføljen er for OS2-sekretariatet", await SayPersonallyAsync("portefølje", "aad-ida", "Ida"), StringComparison.Ordinal);
        Assert.Contains("Porteføljen er for OS2-sekretariatet", await SayPersonallyAsync("portfolio", "aad-stranger", "Stranger"), StringComparison.Ordinal);

        await _harness.PressAsync(CardVerbs.SaveSetup, new JsonObject
        {
            ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10", ["lang"] = "da",
            [SetupCard.ReleaseRepositoryInput] = "", [SetupCard.SecretariatAccessInput] = "false",
        });

        var card = await SayPersonallyAsync("portefølje", "aad-sara", "Sara");
        Assert.DoesNotContain("OS2mo", card, StringComparison.Ordinal);
        Assert.Contains("OS2valghalla", card, StringComparison.Ordinal);
    }

    [Fact]
    public void A_community_row_written_before_the_setting_grants_access_and_has_no_repository()
    {
        var old = new CommunityEntity { Id = "team-old", TenantId = "t", Name = "Gammel", ProductName = "OS2gammel", IsActive = true };

        var community = old.ToCommunity();

        Assert.True(community.SecretariatAccess);
        Assert.Null(community.ReleaseRepository);
    }
}
