using System.Net;
using System.Text.Json.Nodes;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Storage.Meetings;
using CoordinatorBot.Tests.Features;
using CoordinatorBot.Tests.Support;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;

namespace CoordinatorBot.Tests.Meetings;

/// <summary>Without Graph the meeting is stored and posted all the same, says no Teams link was made, and offers its calendar file.</summary>
[Trait("Category", "Integration")]
public sealed class MeetingWithoutGraphTests : IAsyncLifetime
{
    private readonly BotHarness _harness = new();

    public async Task InitializeAsync()
    {
        await _harness.InitializeAsync();
        _harness.Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-sofie", "Sofie Steen")]);
        _harness.Connector.Emails["aad-sofie"] = "sofie@os2.eu";
        _harness.Connector.Emails["aad-alice"] = "alice@os2.eu";
        await _harness.SetUpCommunityAsync();
        await _harness.AddMembersAsync(CoordinatorBot.Domain.Communities.Role.SteeringGroup, ("aad-sofie", "Sofie Steen"));
    }

    public Task DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task The_meeting_is_kept_posted_and_downloadable_as_an_ics_file_through_a_signed_link()
    {
        var formKey = MeetingFeatureTests.FormKey((await _harness.SayAsync("møde ny")).Cards().Single());

        var suggest = BotHarness.Text((await _harness.PressAsync(CardVerbs.MeetingSuggest, MeetingFeatureTests.Form(formKey)))["value"]);
        Assert.Contains("Microsoft Graph er ikke sat op, så kalenderne kan ikke læses.", suggest, StringComparison.Ordinal);

        var booked = BotHarness.Text((await _harness.PressAsync(CardVerbs.MeetingBook, MeetingFeatureTests.Form(formKey)))["value"]);
        Assert.Contains("Microsoft Graph er ikke sat op", booked, StringComparison.Ordinal);
        var channel = BotHarness.Text(_harness.Connector.PostedCards().Last());
        Assert.Contains("Der blev ikke lavet et Teams-link", channel, StringComparison.Ordinal);
        var meeting = (await _harness.Bot.Services.GetRequiredService<MeetingStore>().ListAsync(ActivityBuilder.TeamId, default)).Single();
        Assert.Null(meeting.GraphEventId);

        var fileCard = (await _harness.PressAsync(CardVerbs.MeetingCalendarFile, new JsonObject { [CardVerbs.MeetingKey] = meeting.Id }, aad: "aad-sofie",
            name: "Sofie Steen"))["value"]!;
        var link = new Uri(fileCard["actions"]![0]!["url"]!.GetValue<string>());
        var response = await _harness.Bot.Client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendarEvent = Assert.Single(Calendar.Load(await response.Content.ReadAsStringAsync())!.Events);
        Assert.Equal("Styregruppemøde: Styregruppemøde", calendarEvent.Summary);
        Assert.Equal(meeting.Start, new DateTimeOffset(calendarEvent.DtStart!.AsUtc));
        Assert.Contains(calendarEvent.Attendees, a => a.Value!.ToString() == "mailto:sofie@os2.eu");
        Assert.Contains("1. Budget 2027", calendarEvent.Description, StringComparison.Ordinal);
        Assert.Equal("mailto:alice@os2.eu", calendarEvent.Organizer!.Value!.ToString()); // the coordinator who planned it

        var tampered = link.PathAndQuery.Replace(meeting.Id, "20200101-0000000000", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await _harness.Bot.Client.GetAsync(tampered)).StatusCode);
    }
}
