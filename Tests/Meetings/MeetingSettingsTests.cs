namespace CoordinatorBot.Tests.Meetings;

/// <summary>The meeting organizer and working hours in the community's setup: checked, and kept in its row.</summary>
[Trait("Category", "Unit")]
public sealed class MeetingSettingsTests
{
    private static readonly string[] Zones = ["Europe/Copenhagen"];

    [Fact]
    public void Working_hours_that_end_before_they_begin_and_an_organizer_that_is_no_address_are_refused()
    {
        var settings = new CommunitySettings("OS2mo", "Europe/Copenhagen", 10, MeetingOrganizer: "møder på os2", WorkingHours: new WorkingHours(new(16, 0), new(8, 0)));

        Assert.Equal([SettingsProblem.WorkingHours, SettingsProblem.MeetingOrganizer], settings.Validate(Zones));
        Assert.Empty((settings with { MeetingOrganizer = "moeder@os2.eu", WorkingHours = new WorkingHours(new(9, 0), new(15, 30)) }).Validate(Zones));
        Assert.Empty((settings with { MeetingOrganizer = null, WorkingHours = null }).Validate(Zones));
    }

    [Fact]
    public void The_organizer_and_working_hours_survive_the_community_row_and_default_to_none_and_08_to_16()
    {
        var community = Cards.CardGallery.Community("OS2mo") with
        {
            MeetingOrganizer = "moeder@os2.eu", WorkingHours = new WorkingHours(new(9, 0), new(15, 30)),
        };

        var read = CommunityEntity.From(community).ToCommunity();

        Assert.Equal("moeder@os2.eu", read.MeetingOrganizer);
        Assert.Equal(new WorkingHours(new(9, 0), new(15, 30)), read.WorkingHours);
        Assert.Equal(WorkingHours.Default, new CommunityEntity().ToCommunity().WorkingHours);
        Assert.Null(new CommunityEntity().ToCommunity().MeetingOrganizer);
    }
}
