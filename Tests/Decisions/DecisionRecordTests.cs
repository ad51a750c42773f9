namespace CoordinatorBot.Tests.Decisions;

[Trait("Category", "Unit")]
public sealed class DecisionRecordTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    internal static DecisionDraft Draft(DateTimeOffset? deadline = null, DecisionNumber? supersedes = null) => new(
        "Budget for sikkerhedsopdateringer", DecisionType.Operational, DecidingBody.SteeringGroup, "Der kommer flere sårbarheder.",
        "Leverandøren må bruge op til 20 timer pr. hændelse.", null, "Leverandøren; koordinatoren følger op", null,
        deadline ?? Now.AddDays(7), DecisionRule.Default, supersedes);

    internal static Decision Decision(DecisionStatus status = DecisionStatus.Proposed) => new()
    {
        Number = new DecisionNumber(2026, 14), Draft = Draft(), Status = status, ProposerId = "aad-k", ProposerName = "Karen", ProposedAt = Now,
    };

    [Theory]
    [InlineData("B-2026-014", 2026, 14)]
    [InlineData("b-2026-14", 2026, 14)]
    [InlineData(" B2026-001 ", 2026, 1)]
    public void A_decision_number_reads_and_writes_as_people_write_it(string text, int year, int sequence)
    {
        var number = DecisionNumber.TryParse(text);

        Assert.Equal(new DecisionNumber(year, sequence), number);
        Assert.Equal($"B-{year}-{sequence:000}", number!.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("B-26-1")]
    [InlineData("beslutning")]
    public void Not_a_decision_number(string text) => Assert.Null(DecisionNumber.TryParse(text));

    [Fact]
    public void A_draft_names_every_missing_field_and_a_deadline_in_the_past()
    {
        var draft = Draft(Now.AddMinutes(-1)) with { Title = " ", Context = "", Proposal = "", Risks = new string('x', 2001) };

        Assert.Equal([DraftProblem.Title, DraftProblem.Context, DraftProblem.Proposal, DraftProblem.TooLong, DraftProblem.Deadline],
            draft.Validate(Now));
        Assert.Empty(Draft().Validate(Now));
    }

    [Fact]
    public void Closing_by_hand_needs_an_open_decision_and_words()
    {
        Assert.Null(DecisionLifecycle.CloseByHand(Decision(), true, "  ", "Karen", Now));
        Assert.Null(DecisionLifecycle.CloseByHand(Decision(DecisionStatus.Rejected), true, "Godkendt på mødet", "Karen", Now));
        var closed = DecisionLifecycle.CloseByHand(Decision(), true, " Godkendt på mødet ", "Karen", Now)!;
        Assert.Equal((DecisionStatus.Accepted, "Godkendt på mødet", RuleReason.RecordedByHand), (closed.Status, closed.OutcomeText, closed.CloseReason));
    }

    [Fact]
    public void Only_an_accepted_decision_can_be_superseded()
    {
        var newer = Decision(DecisionStatus.Accepted) with { Number = new DecisionNumber(2026, 20) };
        Assert.Null(DecisionLifecycle.Supersede(Decision(), newer));
        var old = DecisionLifecycle.Supersede(Decision(DecisionStatus.Accepted), newer)!;
        Assert.Equal((DecisionStatus.Superseded, new DecisionNumber(2026, 20)), (old.Status, old.SupersededBy));
    }

    [Fact]
    public void The_filter_combines_status_type_body_year_and_words()
    {
        var d = Decision(DecisionStatus.Accepted);

        Assert.True(new DecisionFilter(DecisionStatus.Accepted, DecisionType.Operational, DecidingBody.SteeringGroup, 2026, ["sårbarheder"]).Matches(d));
        Assert.False(new DecisionFilter(Year: 2025).Matches(d));
        Assert.False(new DecisionFilter(Words: ["budget", "arkitektur"]).Matches(d));
        Assert.True(new DecisionFilter(Words: ["B-2026-014"]).Matches(d));
    }
}
