namespace CoordinatorBot.Tests.Surveys;

/// <summary>A status report stored before surveys existed (no "surveys" property) reads as a report without surveys.</summary>
[Trait("Category", "Unit")]
public sealed class StatusReportWithoutSurveysTests
{
    [Fact]
    public void A_report_written_without_the_surveys_property_has_no_surveys_and_one_with_them_keeps_them()
    {
        var old = RecordJson.Read<StatusReport>("""{"from":"2026-10-01","to":"2026-10-31","composedAt":"2026-11-01T08:00:00+00:00","wishesReceived":3}""");
        Assert.Empty(old.Surveys);
        Assert.Equal(3, old.WishesReceived);

        var line = new SurveyLine(1, "Tilfredshed", 2, 3, 67, [new SurveyHighlight("Hvor tilfreds?", 4.5m, null, 0)]);
        var kept = RecordJson.Read<StatusReport>(RecordJson.Write(old with { Surveys = [line] }));
        Assert.Equal("Tilfredshed", Assert.Single(kept.Surveys).Title);
        Assert.Equal(4.5m, kept.Surveys[0].Highlights[0].Average);
    }
}
