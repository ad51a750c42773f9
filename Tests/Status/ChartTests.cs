using CoordinatorBot.Bot.Features.Status;
using SkiaSharp;

namespace CoordinatorBot.Tests.Status;

[Trait("Category", "Unit")]
public sealed partial class ChartTests
{
    private static readonly Texts Danish = new(Language.Danish);

    [Theory]
    [InlineData(StatusChart.Backlog)]
    [InlineData(StatusChart.Onboarding)]
    [InlineData(StatusChart.MustHours)]
    public void Each_chart_is_a_PNG_of_the_expected_size_with_something_drawn_on_it(StatusChart chart)
    {
        var png = ChartRenderer.Render(Danish, StatusSamples.Report(), chart);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        if (Environment.GetEnvironmentVariable("STATUS_CHART_DIR") is { Length: > 0 } dir)
        {
            File.WriteAllBytes(Path.Combine(dir, $"{chart}.png"), png);
        }

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((ChartRenderer.Width, ChartRenderer.Height), (bitmap.Width, bitmap.Height));
        var colours = new HashSet<SKColor>();
        for (var x = 0; x < bitmap.Width; x += 4)
        {
            for (var y = 0; y < bitmap.Height; y += 4)
            {
                colours.Add(bitmap.GetPixel(x, y));
            }
        }

        // A blank or single-colour picture would have one or two; bars, axes and labels give many.
        Assert.True(colours.Count > 5, $"{colours.Count} colours");
    }

    [Fact]
    public void Different_data_draws_a_different_picture()
    {
        var report = StatusSamples.Report();
        var other = report with { MustWeeks = [.. report.MustWeeks.Select(w => w with { Hours = w.Hours * 2 })] };

        Assert.NotEqual(ChartRenderer.Render(Danish, report, StatusChart.MustHours), ChartRenderer.Render(Danish, other, StatusChart.MustHours));
    }

    [Fact]
    public void The_MUST_chart_alt_text_states_every_week_and_the_budget()
    {
        var report = StatusSamples.Report();

        var alt = StatusCharts.AltText(Danish, report, StatusChart.MustHours);

        Assert.Equal(report.MustWeeks.Select(w => (w.Week, w.Hours)),
            WeekHours().Matches(alt).Select(m => (int.Parse(m.Groups[1].Value), decimal.Parse(m.Groups[2].Value))));
        Assert.Contains("Budget: 10 timer om ugen", alt, StringComparison.Ordinal);
    }

    [Fact]
    public void The_backlog_chart_alt_text_states_each_class_and_the_budget()
    {
        var report = StatusSamples.Report();

        var alt = StatusCharts.AltText(Danish, report, StatusChart.Backlog);

        Assert.Contains("MUST 120 timer · 90.000 kr.", alt, StringComparison.Ordinal);
        Assert.Contains("Prioriteret i alt: 120 timer · 90.000 kr.", alt, StringComparison.Ordinal);
        Assert.Contains("400 timer", alt, StringComparison.Ordinal);
    }

    [Fact]
    public void The_onboarding_chart_alt_text_states_each_municipality_s_progress()
    {
        var alt = StatusCharts.AltText(Danish, StatusSamples.Report(), StatusChart.Onboarding);

        Assert.Contains("Aarhus Kommune: 1 af 7 trin", alt, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"uge (\d+) (\d+) time")]
    private static partial Regex WeekHours();
}
