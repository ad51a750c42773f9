using System.Globalization;
using System.Text.Json.Nodes;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Meetings;
using CoordinatorBot.Storage.Communities;
using CoordinatorBot.Tests.EndToEnd;
using CoordinatorBot.Tests.Features;
using CoordinatorBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoordinatorBot.Tests.Meetings;

/// <summary>
/// A steering-group meeting planned, booked, moved and cancelled through the Agents Playground, booked in Microsoft
/// Graph's stand-in: the channel card shows the Teams link Graph answered with.
/// </summary>
[Collection(PlaygroundCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class MeetingPlaygroundTests(PlaygroundFixture fixture)
{
    private PlaygroundClient Playground => fixture.Playground;

    [Fact]
    public async Task The_coordinator_plans_a_steering_group_meeting_that_is_posted_moved_and_cancelled_in_the_channel()
    {
        // Alex sets up the community and makes Megan the steering group.
        await Playground.SendEventAsync(PlaygroundClient.TeamId, "install");
        var communities = fixture.Bot.Services.GetRequiredService<CommunityStore>();
        await Eventually.TrueAsync(async () => (await communities.GetAsync(PlaygroundClient.TeamId, default))?.InstalledBy is not null,
            "the team's community to know who added the bot");
        var setupThread = await Playground.SayAsync(PlaygroundClient.TeamId, "opsætning", mentionBot: true);
        var setup = await Playground.NextBotMessageAsync(m => BotHarness.Text(m.Card).Contains("Produktets navn", StringComparison.Ordinal));
        await Playground.PressAsync(setupThread, setup.Id, Execute(CardVerbs.SaveSetup, new JsonObject
        {
            ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10",
            ["steeringRule"] = "SimpleMajority", ["coordinationRule"] = "SimpleMajority", ["participation"] = "0",
        }));
        await Playground.PressAsync(setupThread, setup.Id, Execute(CardVerbs.AssignRole, new JsonObject
        {
            ["person"] = Playground.User(1)["aadObjectId"]!.GetValue<string>(), ["role"] = "SteeringGroup",
        }));

        // Alex opens the form and books the meeting on the next office day at 10.00.
        var formThread = await Playground.SayAsync(PlaygroundClient.TeamId, "møde ny", mentionBot: true);
        var form = await Playground.NextBotMessageAsync(m => BotHarness.Text(m.Card).Contains("Nyt møde", StringComparison.Ordinal));
        var clock = CommunityClock.Of("Europe/Copenhagen");
        var day = SlotSearch.NextOfficeDays(clock.Today(fixture.Time.GetUtcNow()))[0];
        var title = $"Styregruppemøde {Guid.NewGuid().ToString("N")[..6]}";
        var booked = await Playground.PressAsync(formThread, form.Id, Execute(CardVerbs.MeetingBook, new JsonObject
        {
            [CardVerbs.MeetingFormKey] = MeetingFeatureTests.FormKey(form.Card!),
            [MeetingForm.KindInput] = "SteeringGroup", [MeetingForm.TitleInput] = title,
            [MeetingForm.DateInput] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), [MeetingForm.StartInput] = "10:00",
            [MeetingForm.DurationInput] = "1,5", [MeetingForm.BodiesInput] = "SteeringGroup", [MeetingForm.AgendaInput] = "Budget 2027\nEventuelt",
        }));
        Assert.DoesNotContain("Microsoft Graph er ikke sat op", BotHarness.Text(booked["value"]), StringComparison.Ordinal);
        var posted = await Playground.NextBotMessageAsync(m => m.Action == "createMessage" &&
            BotHarness.Text(m.Card).Contains($"Styregruppemøde: {title}", StringComparison.Ordinal));
        var text = BotHarness.Text(posted.Card);
        Assert.Contains("kl. 10.00 til kl. 11.30", text, StringComparison.Ordinal);
        Assert.Contains("Megan Bowen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Der blev ikke lavet et Teams-link", text, StringComparison.Ordinal);
        Assert.Contains("https://teams.microsoft.com/l/meetup-join/", posted.Card!.ToJsonString(), StringComparison.Ordinal);
        var created = Assert.Single(fixture.Graph.Calls("POST", $"/users/{PlaygroundFixture.Organizer}/events"),
            r => r.Json!["subject"]!.GetValue<string>() == title);
        Assert.Equal("teamsForBusiness", created.Json!["onlineMeetingProvider"]!.GetValue<string>());
        var meetingId = posted.Card!["actions"]!.AsArray().Select(a => a!["data"]?[CardVerbs.MeetingKey]?.GetValue<string>()).OfType<string>().First();
        var cardThread = $"{PlaygroundClient.TeamId};messageid={posted.Id}";

        // Moved from the card in the channel: the card changes in place.
        var moveTo = SlotSearch.NextOfficeDays(day)[0];
        await Playground.PressAsync(cardThread, posted.Id, Execute(CardVerbs.MeetingMove, new JsonObject
        {
            [CardVerbs.MeetingKey] = meetingId, [MeetingCard.MoveDateInput] = moveTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [MeetingCard.MoveStartInput] = "14:30",
        }));
        await Playground.NextBotMessageAsync(m => m.Action == "updateMessage" && m.Id == posted.Id &&
            BotHarness.Text(m.Card).Contains("kl. 14.30 til kl. 16.00", StringComparison.Ordinal));
        Assert.Contains(fixture.Graph.Requests, r => r.Method == "PATCH");

        // Cancelled from the card.
        await Playground.PressAsync(cardThread, posted.Id, Execute(CardVerbs.MeetingCancel, new JsonObject
        {
            [CardVerbs.MeetingKey] = meetingId, [MeetingCard.CancelCommentInput] = "Vi mødes i januar.",
        }));
        var cancelled = await Playground.NextBotMessageAsync(m => m.Action == "updateMessage" && m.Id == posted.Id &&
            BotHarness.Text(m.Card).Contains("Aflyst", StringComparison.Ordinal));
        Assert.Contains("Vi mødes i januar.", BotHarness.Text(cancelled.Card), StringComparison.Ordinal);
        Assert.NotEmpty(fixture.Graph.Calls("POST", "/cancel"));
    }

    private static JsonObject Execute(string verb, JsonObject data)
    {
        data["verb"] = verb;
        data["lang"] = "da";
        return new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data };
    }
}
