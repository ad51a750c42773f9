namespace CoordinatorBot.Tests.Search;

/// <summary>What a search finds and in which order: the number, then the title, then the words; the most recent when nothing is asked.</summary>
[Trait("Category", "Unit")]
public sealed class RecordRankingTests
{
    private const string Community = "19:team-one@thread.tacv2";

    private static readonly SearchRecord[] Records =
    [
        new DecisionRecord(Community, SearchSamples.Decision(1, "Fælles testmiljø", "Budgettet rækker til ét miljø.")),
        new DecisionRecord(Community, SearchSamples.Decision(2, "Budget 2027")),
        new DecisionRecord(Community, SearchSamples.Decision(14, "Ny login-løsning", "Erstatter B-2026-002's login.")),
        new WishRecord(Community, SearchSamples.Wish(12, "Eksport af budget til Excel")),
        new ItemRecord(Community, SearchSamples.Item(7, "MitID-login")),
        new MeetingRecord(Community, SearchSamples.Meeting("m-1", "Decembermøde", "Budget 2028", "Eventuelt")),
        new StatusRecord(Community, SearchSamples.Report(3, "Budgettet er under pres.")),
    ];

    [Fact]
    public void The_exact_number_comes_first_then_titles_then_the_words_each_newest_first()
    {
        Assert.Equal(["B-2026-002", "B-2026-014"], Numbers(RecordRanking.Rank(Records, "B-2026-002")).Take(2));
        Assert.Equal(["#12", "B-2026-002", "S-2026-03", "", "B-2026-001"], Numbers(RecordRanking.Rank(Records, "budget")));
        Assert.Equal("#12", RecordRanking.Rank(Records, "12")[0].Number);
        Assert.Equal("#7", RecordRanking.Rank(Records, "#7")[0].Number);
        Assert.Equal("S-2026-03", RecordRanking.Rank(Records, "s-2026-3")[0].Number);
        Assert.Equal("B-2026-014", RecordRanking.Rank(Records, "b-2026-14")[0].Number);
    }

    [Fact]
    public void Case_accents_and_the_spelling_of_ae_oe_aa_do_not_count_and_every_word_must_be_there()
    {
        Assert.Equal(["B-2026-001"], Numbers(RecordRanking.Rank(Records, "FAELLES TESTMILJOE")));
        Assert.Equal(["#7"], Numbers(RecordRanking.Rank(Records, "login mitid")));
        Assert.Equal("B-2026-014", RecordRanking.Rank(Records, "erstatter login")[0].Number);
    }

    [Fact]
    public void Nothing_asked_or_nothing_found_gives_the_most_recent_first()
    {
        var newest = Records.OrderByDescending(r => r.At).Select(r => r.Key).ToList();

        Assert.Equal(newest, RecordRanking.Rank(Records, "").Select(r => r.Key));
        Assert.Equal(newest, RecordRanking.Rank(Records, "   ").Select(r => r.Key));
        Assert.Equal(newest, RecordRanking.Rank(Records, "zzzz-findes-ikke").Select(r => r.Key));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("%")]
    [InlineData("?")]
    [InlineData("budget*")]
    [InlineData(".*")]
    [InlineData("' or 1 eq 1 or '")]
    [InlineData("{\"query\":\"budget\"}")]
    [InlineData("<script>alert(1)</script>")]
    public void Wildcards_patterns_and_markup_are_characters_and_match_only_where_they_stand(string query)
    {
        // None of the records holds these characters: each finds nothing, so the most recent come, never "everything matched".
        var ranked = RecordRanking.Rank(Records, query);

        Assert.Equal(Records.OrderByDescending(r => r.At).Select(r => r.Key), ranked.Select(r => r.Key));
    }

    [Fact]
    public void A_wildcard_finds_the_record_that_holds_it_and_no_other()
    {
        SearchRecord[] records = [.. Records, new DecisionRecord(Community, SearchSamples.Decision(40, "100% * oppetid", at: SearchSamples.Start.AddYears(-1)))];

        Assert.Equal(["B-2026-040"], Numbers(RecordRanking.Rank(records, "*")));
        Assert.Equal(["B-2026-040"], Numbers(RecordRanking.Rank(records, "100%")));
    }

    [Fact]
    public void A_very_long_query_is_read_only_so_far_and_at_most_25_come_back()
    {
        var many = Enumerable.Range(1, 60).Select(i => (SearchRecord)new DecisionRecord(Community, SearchSamples.Decision(i, $"Budget {i}"))).ToList();

        Assert.Equal(RecordLimits.MaxResults, RecordRanking.Rank(many, "budget").Count);
        Assert.Equal(RecordLimits.MaxResults, RecordRanking.Rank(many, new string('x', 100_000)).Count);
        Assert.Equal(RecordLimits.MaxWords, RecordRanking.Words(string.Join(' ', Enumerable.Range(0, 500).Select(i => $"w{i}"))).Count);
        Assert.Equal(RecordLimits.MaxQueryLength, RecordRanking.Words(new string('y', 10_000)).Single().Length);
        // Newest first within a tier.
        Assert.Equal("B-2026-060", RecordRanking.Rank(many, "budget")[0].Number);
    }

    private static IEnumerable<string> Numbers(IEnumerable<SearchRecord> records) => records.Select(r => r.Number);
}
