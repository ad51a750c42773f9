namespace CoordinatorBot.Tests.Cards;

/// <summary>The limits on free text: what passes, what is refused and what the person is told.</summary>
[Trait("Category", "Unit")]
public sealed class TextLimitsTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    // Each number once: several fields share a limit, and a theory runs a value once.
    public static TheoryData<int> Limits() =>
    [
        .. new[]
        {
            TextLimits.DecisionTitle, TextLimits.DecisionText, TextLimits.OutcomeText, TextLimits.VoteComment, TextLimits.ProductName,
            TextLimits.MunicipalityName, TextLimits.SupplierName, TextLimits.TaskTitle, TextLimits.TaskLink, TextLimits.TemplateStepTitle,
            TextLimits.FollowUpNote, TextLimits.DialogAnswer, TextLimits.NumberText, TextLimits.StatusLine, TextLimits.GovernanceEvidence,
            TextLimits.SurveyTitle, TextLimits.SurveyIntro, TextLimits.SurveyQuestion, TextLimits.SurveyOptions, TextLimits.SurveyAnswer,
            TextLimits.ReleaseVersion, TextLimits.ReleaseSummary, TextLimits.ReleaseNotes, TextLimits.ReleaseDecisions, TextLimits.ReleaseRepository,
        }.Distinct(),
    ];

    [Theory]
    [MemberData(nameof(Limits))]
    public void A_text_at_its_limit_fits_and_one_character_more_does_not(int limit)
    {
        Assert.True(TextLimits.Fits(AtLimit.Text(limit), limit));
        Assert.True(TextLimits.Fits(new string('a', limit), limit));
        Assert.False(TextLimits.Fits(new string('a', limit + 1), limit));
        Assert.False(TextLimits.Fits($"{AtLimit.Text(limit)}a", limit));
        Assert.True(TextLimits.Fits(null, limit));
    }

    [Fact]
    public void Danish_prose_keeps_its_full_length_but_emoji_and_control_characters_cannot_swell_a_card()
    {
        var prose = string.Concat(Enumerable.Repeat("Styregruppen godkendte \"budgettet\" for 2027 på mødet i Århus.\n", 40))[..TextLimits.DecisionText];
        var emoji = string.Concat(Enumerable.Repeat("😀", TextLimits.DecisionText / 2));
        var controls = new string('\u0001', TextLimits.DecisionText);

        Assert.True(TextLimits.Fits(prose, TextLimits.DecisionText));
        Assert.Equal(TextLimits.DecisionText, emoji.Length);
        Assert.False(TextLimits.Fits(emoji, TextLimits.DecisionText));
        Assert.False(TextLimits.Fits(controls, TextLimits.DecisionText));
        Assert.True(TextLimits.Fits(string.Concat(Enumerable.Repeat("😀", TextLimits.DecisionText / 8)), TextLimits.DecisionText));
    }

    [Fact]
    public void The_counted_card_bytes_are_never_fewer_than_the_cards_JSON_really_takes()
    {
        var under = new List<string>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = ((char)c).ToString();
            if (TextLimits.CardBytes(text) < JsonBytes(text))
            {
                under.Add($"U+{c:X4}");
            }
        }

        Assert.Empty(under);
        Assert.Equal(JsonBytes("😀 æ \"x\"\n"), TextLimits.CardBytes("😀 æ \"x\"\n"));
    }

    [Theory]
    [InlineData(nameof(DecisionDraft.Title), DraftProblem.Title)]
    [InlineData(nameof(DecisionDraft.Context), DraftProblem.Context)]
    [InlineData(nameof(DecisionDraft.Proposal), DraftProblem.Proposal)]
    [InlineData(nameof(DecisionDraft.Consequences), DraftProblem.TooLong)]
    [InlineData(nameof(DecisionDraft.Implementation), DraftProblem.TooLong)]
    [InlineData(nameof(DecisionDraft.Risks), DraftProblem.TooLong)]
    public void A_draft_with_every_field_at_its_limit_is_valid_and_one_over_in_any_field_is_not(string field, DraftProblem problem)
    {
        var full = Draft();
        var over = field switch
        {
            nameof(DecisionDraft.Title) => full with { Title = full.Title + "a" },
            nameof(DecisionDraft.Context) => full with { Context = full.Context + "a" },
            nameof(DecisionDraft.Proposal) => full with { Proposal = full.Proposal + "a" },
            nameof(DecisionDraft.Consequences) => full with { Consequences = full.Consequences + "a" },
            nameof(DecisionDraft.Implementation) => full with { Implementation = full.Implementation + "a" },
            _ => full with { Risks = full.Risks + "a" },
        };

        Assert.Empty(full.Validate(Now));
        Assert.Equal([problem], over.Validate(Now));
    }

    [Fact]
    public void The_form_says_which_field_is_too_long_and_its_limit_in_both_languages()
    {
        var entered = new DecisionForm.Entered(new Dictionary<string, string?> { [DecisionForm.RisksInput] = new string('a', TextLimits.DecisionText + 1) });

        var danish = Text(DecisionForm.Compose(new Texts(Language.Danish), "København", "2026-12-04", "12:00", [], entered, [DraftProblem.TooLong, DraftProblem.Context]));
        var english = Text(DecisionForm.Compose(new Texts(Language.English), "Copenhagen", "2026-12-04", "12:00", [], entered, [DraftProblem.TooLong]));

        Assert.Contains("Teksten i »Risici« er for lang (højst 2.000 tegn).", danish, StringComparison.Ordinal);
        Assert.Contains("Beskriv konteksten (højst 2.000 tegn).", danish, StringComparison.Ordinal);
        Assert.Contains("The text in \"Risks\" is too long (at most 2,000 characters).", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_free_text_input_on_a_card_has_a_maxLength_from_the_limits()
    {
        var allowed = new HashSet<int>(((IEnumerable<object[]>)Limits()).Select(l => (int)l[0]));
        var inputs = CardGallery.All().SelectMany(c => Inputs(CardJson.ToNode(c.Card)).Select(i => (c.Name, Input: i)))
            .Where(x => !x.Name.StartsWith("model-every-type", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(inputs);
        Assert.All(inputs, x => Assert.True(x.Input["maxLength"] is { } max && allowed.Contains(max.GetValue<int>()),
            $"{x.Name}: input '{x.Input["id"]}' has maxLength {x.Input["maxLength"]?.ToJsonString() ?? "none"}"));
    }

    private static IEnumerable<System.Text.Json.Nodes.JsonObject> Inputs(System.Text.Json.Nodes.JsonNode node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => o.Select(p => p.Value).OfType<System.Text.Json.Nodes.JsonNode>().SelectMany(Inputs)
            .Concat(o["type"]?.GetValue<string>() == "Input.Text" ? [o] : []),
        System.Text.Json.Nodes.JsonArray a => a.OfType<System.Text.Json.Nodes.JsonNode>().SelectMany(Inputs),
        _ => [],
    };

    private static DecisionDraft Draft() => new(AtLimit.Text(TextLimits.DecisionTitle), DecisionType.Operational, DecidingBody.SteeringGroup,
        AtLimit.Text(TextLimits.DecisionText), AtLimit.Text(TextLimits.DecisionText), AtLimit.Text(TextLimits.DecisionText),
        AtLimit.Text(TextLimits.DecisionText), AtLimit.Text(TextLimits.DecisionText), Now.AddDays(7), new DecisionRule(RuleKind.SimpleMajority));

    private static string Text(AdaptiveCard card) => Support.BotHarness.Text(CardJson.ToNode(card));

    // The bytes a text takes inside a card's JSON string, as the bot sends it (without the two quotes).
    private static int JsonBytes(string text) => Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(text, CardJson.Options)) - 2;
}
