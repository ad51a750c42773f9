namespace CoordinatorBot.Tests.Decisions;

/// <summary>
/// Through the whole bot (Azurite, a local connector): free text over its limit is refused with the reason and nothing
/// is saved, and the export of a hostile decision downloads inert and without anybody's vote comment.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DecisionLimitsAndExportTests() : ClockedBotFeatureTests
{
    private const string Secret = "HEMMELIG-KOMMENTAR";
    private static readonly DecisionNumber First = new(2026, 1);

    private DecisionStore Decisions => Service<DecisionStore>();

    protected override Task SetUpAsync() => DecisionPeople.SetUpAsync(Harness);

    [Fact]
    public async Task A_field_one_character_over_its_limit_is_refused_with_the_limit_and_nothing_is_saved()
    {
        var context = await Harness.PressAsync(CardVerbs.ProposeDecision, Form(context: Fill(TextLimits.DecisionText + 1)));
        var risks = await Harness.PressAsync(CardVerbs.ProposeDecision, Form(risks: Fill(TextLimits.DecisionText + 1)));
        var title = await Harness.PressAsync(CardVerbs.ProposeDecision, Form(title: Fill(TextLimits.DecisionTitle + 1)));

        Assert.Contains("Forslaget blev ikke sendt. Beskriv konteksten (højst 2.000 tegn).", BotHarness.Text(context["value"]), StringComparison.Ordinal);
        Assert.Contains("Teksten i »Risici« er for lang (højst 2.000 tegn).", BotHarness.Text(risks["value"]), StringComparison.Ordinal);
        Assert.Contains("Skriv en titel (højst 120 tegn).", BotHarness.Text(title["value"]), StringComparison.Ordinal);
        // The form comes back with what was typed, so nothing is lost but the excess.
        Assert.Contains(Fill(TextLimits.DecisionText + 1), BotHarness.Text(risks["value"]), StringComparison.Ordinal);
        Assert.Empty(await Decisions.ListAsync(ActivityBuilder.TeamId, default));
    }

    [Fact]
    public async Task Every_field_at_its_limit_is_proposed_voted_on_and_closed()
    {
        var full = Fill(TextLimits.DecisionText);
        var answer = await Harness.PressAsync(CardVerbs.ProposeDecision,
            Form(title: Fill(TextLimits.DecisionTitle), context: full, proposal: full, consequences: full, implementation: full, risks: full));
        Assert.Contains("B-2026-001 er sendt til afstemning", BotHarness.Text(answer["value"]), StringComparison.Ordinal);

        var vote = await VoteAsync("aad-bob", "Bob", Fill(TextLimits.VoteComment));
        Assert.Contains("Din stemme er registreret", BotHarness.Text(vote["value"]), StringComparison.Ordinal);

        var closed = await CloseAsync(Fill(TextLimits.OutcomeText));
        Assert.Contains("Accepteret", BotHarness.Text(closed["value"]), StringComparison.Ordinal);
        var decision = await Decisions.GetAsync(ActivityBuilder.TeamId, First, default);
        Assert.Equal((DecisionStatus.Accepted, Fill(TextLimits.OutcomeText)), (decision!.Status, decision.OutcomeText));
        // Every card the bot sent along the way stayed under Teams' limit.
        Assert.All(Connector.Requests.Where(r => r.Body is not null),
            r => Assert.True(Encoding.UTF8.GetByteCount(r.Body!) < 28 * 1024, $"{r.Method} {r.Path}: {Encoding.UTF8.GetByteCount(r.Body!)} bytes"));
    }

    [Fact]
    public async Task A_vote_comment_or_an_outcome_over_its_limit_is_refused_and_changes_nothing()
    {
        await ProposeAsync();

        var vote = await VoteAsync("aad-bob", "Bob", Fill(TextLimits.VoteComment + 1));
        var close = await CloseAsync(Fill(TextLimits.OutcomeText + 1));

        Assert.Equal("Teksten i »Kommentar (valgfri)« er for lang (højst 500 tegn).", vote["value"]!.GetValue<string>());
        Assert.Contains("Teksten i »Udfaldet i ord« er for lang (højst 1.000 tegn).", BotHarness.Text(close["value"]), StringComparison.Ordinal);
        Assert.Empty(await Decisions.VotesAsync(ActivityBuilder.TeamId, First, default));
        Assert.Equal(DecisionStatus.Proposed, (await Decisions.GetAsync(ActivityBuilder.TeamId, First, default))!.Status);
    }

    [Fact]
    public async Task A_text_of_emoji_within_the_character_count_is_refused_because_it_would_swell_the_card()
    {
        // 1,000 emoji are 2,000 UTF-16 characters, as the card counts them, but 12,000 bytes in the card's JSON.
        var emoji = string.Concat(Enumerable.Repeat("😀", TextLimits.DecisionText / 2));

        var answer = await Harness.PressAsync(CardVerbs.ProposeDecision, Form(context: emoji));

        Assert.Contains("Beskriv konteksten (højst 2.000 tegn).", BotHarness.Text(answer["value"]), StringComparison.Ordinal);
        Assert.Empty(await Decisions.ListAsync(ActivityBuilder.TeamId, default));
    }

    [Fact]
    public async Task The_export_of_a_hostile_decision_holds_no_vote_comment_nothing_that_runs_and_no_formula()
    {
        await ProposeAsync(
            title: "<script>alert(1)</script> {% include x %}",
            context: "{{ site.data }}\n{% endraw %}<b>x</b>\n# Overskrift\n---\n1. marts",
            proposal: "=HYPERLINK(\"http://x\")", consequences: "-2+3", implementation: "@SUM(A1)", risks: "\t=1+1");
        await VoteAsync("aad-bob", "Bob", $"{Secret} {{{{ site.data }}}}");
        await VoteAsync("aad-carl", "Carl", $"<script>{Secret}</script>");
        await CloseAsync("{% endraw %}<b>vedtaget</b>");

        var files = await Harness.DecisionExportAsync();

        // The decision's page, the index and the CSV, beside the site's frame: its settings, the status reports' index
        // and the governance report.
        Assert.Equal(6, files.Count);
        Assert.Contains("_config.yml", files.Keys);
        Assert.All(files, f => Assert.DoesNotContain(Secret, f.Value, StringComparison.Ordinal));
        var page = files.Single(f => f.Key.EndsWith("-script-alert-1-script-include-x.md", StringComparison.Ordinal)).Value;
        foreach (var markdown in files.Where(f => f.Key.EndsWith(".md", StringComparison.Ordinal)).Select(f => f.Value))
        {
            Assert.DoesNotContain("<", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("{", markdown, StringComparison.Ordinal);
            Assert.Equal(markdown, JekyllPage.Liquid(markdown));
        }

        Assert.Contains("title: \"B-2026-001 &lt;script&gt;alert(1)&lt;/script&gt; &#123;% include x %&#125;\"", page, StringComparison.Ordinal);
        Assert.Contains("\\# Overskrift  \n\\---  \n1\\. marts", page, StringComparison.Ordinal);
        Assert.Contains("- Bob – Godkend\n- Carl – Godkend\n", page, StringComparison.Ordinal);
        var csv = files.Single(f => f.Key.EndsWith(".csv", StringComparison.Ordinal)).Value;
        // The bot trims what a card sends, so the risk's leading tab is gone and its "=" leads.
        Assert.Contains(";\"'=HYPERLINK(\"\"http://x\"\")\";'-2+3;'@SUM(A1);'=1+1\r\n", csv, StringComparison.Ordinal);
    }

    private async Task ProposeAsync(string title = "Budget", string context = "Der kommer flere sårbarheder.",
        string proposal = "Leverandøren må bruge op til 20 timer.", string consequences = "", string implementation = "", string risks = "")
    {
        var answer = await Harness.PressAsync(CardVerbs.ProposeDecision, Form(title, context, proposal, consequences, implementation, risks));
        Assert.Contains("er sendt til afstemning", BotHarness.Text(answer["value"]), StringComparison.Ordinal);
    }

    private Task<JsonNode> VoteAsync(string aad, string name, string comment)
    {
        Time.Advance(TimeSpan.FromSeconds(1));
        return Harness.PressAsync(CardVerbs.Vote, new JsonObject
        {
            ["decision"] = First.ToString(), ["choice"] = nameof(VoteChoice.Approve), ["comment"] = comment, ["lang"] = "da",
        }, aad: aad, name: name);
    }

    private Task<JsonNode> CloseAsync(string text)
    {
        Time.Advance(TimeSpan.FromSeconds(1));
        return Harness.PressAsync(CardVerbs.CloseDecision, new JsonObject
        {
            ["decision"] = First.ToString(), ["outcome"] = nameof(DecisionStatus.Accepted), ["outcomeText"] = text, ["lang"] = "da",
        });
    }

    /// <summary>Danish prose of exactly <paramref name="length"/> characters, with no space at the end for the bot to trim.</summary>
    private static string Fill(int length)
    {
        var text = string.Concat(Enumerable.Repeat("Æblerne på øen blev sået i år. ", (length / 31) + 1))[..length];
        return text[^1] == ' ' ? $"{text[..^1]}x" : text;
    }

    private static JsonObject Form(string title = "Budget", string context = "Der kommer flere sårbarheder.",
        string proposal = "Leverandøren må bruge op til 20 timer.", string consequences = "", string implementation = "", string risks = "") => new()
    {
        ["lang"] = "da", ["title"] = title, ["type"] = "Operational", ["body"] = "SteeringGroup", ["context"] = context, ["proposal"] = proposal,
        ["consequences"] = consequences, ["implementation"] = implementation, ["risks"] = risks, ["deadlineDate"] = "2026-12-04",
        ["deadlineTime"] = "12:00", ["rule"] = "ProposerRecords", ["participation"] = "0",
    };
}
