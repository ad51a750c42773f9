namespace CoordinatorBot.Tests.Search;

/// <summary>A record's stable link: written once, read back the same; anything else in a link is no record.</summary>
[Trait("Category", "Unit")]
public sealed class RecordKeyTests
{
    [Theory]
    [InlineData(RecordKind.Decision, "B-2026-014")]
    [InlineData(RecordKind.Wish, "12")]
    [InlineData(RecordKind.Item, "12")]
    [InlineData(RecordKind.Meeting, "20261127-0000000001")]
    [InlineData(RecordKind.StatusReport, "S-2026-03")]
    public void A_records_link_names_it_again_on_any_host(RecordKind kind, string id)
    {
        var key = new RecordKey("19:team-one@thread.tacv2", kind, id);
        var link = new Uri(new Uri("https://coordinatorbot.azurewebsites.net"), key.Path);

        Assert.Equal(key, RecordKey.FromUrl(link.ToString()));
        Assert.Equal(key, RecordKey.FromUrl(link.AbsoluteUri));
        Assert.Equal(key, RecordKey.FromUrl($"http://127.0.0.1:3978{key.Path}"));
        Assert.StartsWith("/r/19%3Ateam-one%40thread.tacv2/", link.AbsolutePath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("https://bot.example.dk/")]
    [InlineData("https://bot.example.dk/r/team/vote/1")]
    [InlineData("https://bot.example.dk/r/team/decision")]
    [InlineData("https://bot.example.dk/r/team/decision/B-2026-001/extra")]
    [InlineData("https://bot.example.dk/export/decisions?community=x")]
    [InlineData("https://bot.example.dk/r//decision/B-2026-001")]
    [InlineData("https://bot.example.dk/r/team/decision/%00")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///r/team/decision/B-2026-001")]
    public void Anything_else_is_no_record(string? url) => Assert.Null(RecordKey.FromUrl(url));

    [Fact]
    public void A_link_longer_than_any_record_needs_is_not_read()
    {
        Assert.Null(RecordKey.FromUrl($"https://bot.example.dk/r/{new string('t', 5000)}/decision/B-2026-001"));
        Assert.Null(RecordKey.FromUrl($"https://bot.example.dk/r/team/meeting/{new string('m', 300)}"));
    }
}
