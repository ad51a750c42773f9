namespace CoordinatorBot.Tests.Guides;

/// <summary>Who may do what with guides and cases (one place: GuideAuthority), links as typed, and where their rows go.</summary>
[Trait("Category", "Unit")]
public sealed class GuideAuthorityTests
{
    private static readonly Member Coordinator = new("aad-c", "Karen", new HashSet<Role> { Role.Coordinator }, null);
    private static readonly Member Proposer = new("aad-p", "Ida", new HashSet<Role> { Role.Municipality }, "Aarhus");
    private static readonly Member Other = new("aad-o", "Kim", new HashSet<Role> { Role.CoordinationGroup }, null);
    private static readonly Member NoRoles = new("aad-n", "Gæst", new HashSet<Role>(), null);

    private static Guide Proposal(GuideStatus status = GuideStatus.Proposed) => new()
    {
        Number = 1, Kind = GuideKind.Case, Title = "Aarhus og løn", Municipality = "Aarhus", Text = "Koblede OS2mo på lønnen", Results = "Færre fejl",
        Status = status, ProposedById = Proposer.AadObjectId, ProposedByName = Proposer.Name, ProposedAt = DateTimeOffset.UnixEpoch, ContactId = "aad-p",
    };

    [Fact]
    public void Only_a_member_proposes_and_only_the_coordinator_decides_while_it_waits()
    {
        Assert.Equal(GuidePermission.Allowed, GuideAuthority.MayPropose(Proposer));
        Assert.Equal(GuidePermission.NotAMember, GuideAuthority.MayPropose(NoRoles));
        Assert.Equal(GuidePermission.NotAMember, GuideAuthority.MayPropose(null));
        Assert.Equal(GuidePermission.Allowed, GuideAuthority.MayDecide(Coordinator, Proposal()));
        Assert.Equal(GuidePermission.NotCoordinator, GuideAuthority.MayDecide(Proposer, Proposal()));
        Assert.Equal(GuidePermission.NotAMember, GuideAuthority.MayDecide(null, Proposal()));
        Assert.Equal(GuidePermission.NotOpen, GuideAuthority.MayDecide(Coordinator, Proposal(GuideStatus.ChangesAsked)));
        Assert.Equal(GuidePermission.NotOpen, GuideAuthority.MayDecide(Coordinator, Proposal(GuideStatus.Approved)));
    }

    [Fact]
    public void Only_the_proposer_revises_and_a_proposal_is_seen_by_the_proposer_and_the_coordinator()
    {
        Assert.Equal(GuidePermission.Allowed, GuideAuthority.MayRevise(Proposer, Proposal(GuideStatus.ChangesAsked)));
        Assert.Equal(GuidePermission.NotProposer, GuideAuthority.MayRevise(Coordinator, Proposal()));
        Assert.Equal(GuidePermission.NotOpen, GuideAuthority.MayRevise(Proposer, Proposal(GuideStatus.Declined)));
        Assert.True(GuideAuthority.MaySee(Coordinator, Proposal()));
        Assert.True(GuideAuthority.MaySee(Proposer, Proposal()));
        Assert.False(GuideAuthority.MaySee(Other, Proposal()));
        Assert.True(GuideAuthority.MaySee(null, Proposal(GuideStatus.Approved)));
        Assert.True(GuideAuthority.NeedsReason(GuideDecision.Decline));
        Assert.False(GuideAuthority.NeedsReason(GuideDecision.Approve));
    }

    [Fact]
    public void A_contact_is_named_only_with_their_consent_and_search_ignores_case_and_accents()
    {
        Assert.False(GuideAuthority.NamesContact(Proposal(), new HashSet<string>()));
        Assert.True(GuideAuthority.NamesContact(Proposal(), new HashSet<string> { "aad-p" }));
        Assert.True(GuideAuthority.Matches(Proposal(), "LØN aarhus"));
        Assert.False(GuideAuthority.Matches(Proposal(), "odense"));
    }

    [Theory]
    [InlineData("https://os2.eu/a\nhttp://example.org", null)]
    [InlineData("javascript:alert(1)", GuideProblem.BadLink)]
    [InlineData("file:///etc/passwd", GuideProblem.BadLink)]
    [InlineData("os2.eu", GuideProblem.BadLink)]
    [InlineData("https://a.dk\nhttps://b.dk\nhttps://c.dk\nhttps://d.dk\nhttps://e.dk\nhttps://f.dk\nhttps://g.dk\nhttps://h.dk\nhttps://i.dk", GuideProblem.TooManyLinks)]
    public void Links_are_whole_web_addresses_one_a_line(string typed, GuideProblem? problem) =>
        Assert.Equal(problem, GuideLinks.Read(typed).Problem);

    [Fact]
    public void The_guides_table_is_created_and_in_a_communitys_archive()
    {
        Assert.Contains(TableNames.Guides, TableNames.All);
        Assert.NotNull(CommunityRows.Filter(TableNames.Guides, "team-1"));
    }
}
