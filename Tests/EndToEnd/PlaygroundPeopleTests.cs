using static CoordinatorBot.Tests.EndToEnd.PlaygroundClient;
namespace CoordinatorBot.Tests.EndToEnd;

/// <summary>
/// Issue #13 through the Agents Playground: Alex coordinates the Playground's team (OS2mo) and a second community
/// (OS2forms, another team of the same tenant); in the Playground's personal chat the bot asks which community
/// "opgaver" is about, and the chosen one answers, saying so.
/// </summary>
[Collection(PlaygroundCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class PlaygroundPeopleTests(PlaygroundFixture fixture)
{
    private const string SecondTeam = "19:os2forms@thread.tacv2";
    private PlaygroundClient Playground => fixture.Playground;

    [Fact]
    public async Task In_the_personal_chat_a_person_of_two_communities_chooses_one_and_the_answer_names_it()
    {
        await Playground.SendEventAsync(PlaygroundClient.TeamId, "install");
        var communities = fixture.Bot.Services.GetRequiredService<CommunityStore>();
        var first = await Eventually.FoundAsync(async () => await communities.GetAsync(PlaygroundClient.TeamId, default) is { InstalledBy: not null } c ? c : null,
            "the team's community to know who added the bot");
        var thread = await Playground.SayAsync(PlaygroundClient.TeamId, "opsætning", mentionBot: true);
        var form = await Playground.NextBotMessageAsync(m => BotHarness.Text(m.Card).Contains("Produktets navn", StringComparison.Ordinal));
        await Playground.PressAsync(thread, form.Id, Execute(CardVerbs.SaveSetup, new JsonObject
        {
            ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10",
        }));

        // The second community: another team of the tenant, Alex its coordinator. The Playground has one mock team, so
        // the second team's channel (whose roster the bot reads) is the Playground's.
        var alex = Playground.User(0)["aadObjectId"]!.GetValue<string>();
        var members = fixture.Bot.Services.GetRequiredService<MemberStore>();
        await communities.UpdateAsync(SecondTeam, _ => first with { Id = SecondTeam, Name = "OS2forms", ProductName = "OS2forms" },
            default);
        await members.UpdateAsync(SecondTeam, alex, _ => new Member(alex, "Alex Wilber", new HashSet<Role> { Role.Coordinator }, null), default);
        try
        {
            var chat = await Playground.PersonalChatIdAsync();
            await Playground.SayAsync(chat, "opgaver");
            var choice = await Playground.NextBotMessageAsync(m => m.ConversationId == chat && m.Card is not null);
            Assert.Contains("OS2forms", BotHarness.Text(choice.Card), StringComparison.Ordinal);
            var button = Actions(choice.Card).Single(a => a["data"]?["community"]?.GetValue<string>() == SecondTeam);

            var answer = await Playground.PressAsync(chat, choice.Id, button.DeepClone().AsObject());

            // In Alex's own language (the Playground's en-US, or Danish if he chose it): the plan, about OS2forms.
            var text = BotHarness.Text(answer["value"]);
            Assert.True(text.Contains("Fællesskab: OS2forms", StringComparison.Ordinal) || text.Contains("Community: OS2forms", StringComparison.Ordinal), text);
            Assert.True(text.Contains("Ugens plan", StringComparison.Ordinal) || text.Contains("plan", StringComparison.OrdinalIgnoreCase), text);
        }
        finally
        {
            // The other Playground tests know Alex in one community.
            await members.UpdateAsync(SecondTeam, alex, m => m! with { Roles = new HashSet<Role>() }, default);
        }
    }
}
