using CoordinatorBot.Storage.People;
using CoordinatorBot.Tests.Backlog;

namespace CoordinatorBot.Tests.Guides;

/// <summary>
/// Guides and user cases through the running bot (Azurite, a local connector): proposed by a member, decided by the
/// coordinator (approved, sent back and revised, declined), the proposer told through the outbox, listed and searched,
/// in the export and the week, shown on a user-club meeting's card; consent to be named set by the person alone and
/// erased with their data.
/// </summary>
[Trait("Category", "Integration")]
public sealed class GuideFeatureTests() : ClockedBotFeatureTests(hostedScheduler: false)
{
    private OutboxStore Outbox => Service<OutboxStore>();
    private GuideStore Store => Service<GuideStore>();

    protected override Task SetUpAsync() => BacklogPeople.SetUpAsync(Harness);

    [Fact]
    public async Task A_guide_proposed_and_approved_is_listed_searchable_and_in_the_export()
    {
        var proposed = Text(await Harness.PressAsync(CardVerbs.GuideSave, GuidePeople.Guide(), "aad-ida", "Ida"));
        Assert.Contains("Tak! Guide #1 »Sådan opretter du en ny medarbejder« er sendt til koordinatoren.", proposed, StringComparison.Ordinal);
        // The coordinator is told in her chat; the proposal is not yet anyone else's to read.
        Assert.NotNull(await Outbox.GetAsync($"guide|{TeamId}|1|proposed|0|aad-alice", default));
        Assert.Contains("Der er ingen godkendte guides endnu", Said(await Harness.SayAsync("guides", "aad-kim", "Kim")), StringComparison.Ordinal);
        Assert.Contains("findes ikke", Text(await Harness.PressAsync(CardVerbs.GuideShow, GuidePeople.Number("1"), "aad-kim", "Kim")), StringComparison.Ordinal);

        // The coordinator sees it waiting, in her list and her week (SHOULD).
        Assert.Contains("Sådan opretter du en ny medarbejder", Said(await Harness.SayAsync("guides")), StringComparison.Ordinal);
        Assert.Contains("Guide eller brugercase venter på godkendelse: #1 Sådan opretter du en ny medarbejder", Said(await Harness.SayAsync("opgaver")),
            StringComparison.Ordinal);

        var approved = Text(await Harness.PressAsync(CardVerbs.GuideApprove, GuidePeople.Number("1")));
        Assert.Contains("er godkendt, og forslagsstilleren har fået besked", approved, StringComparison.Ordinal);
        var told = await Outbox.GetAsync($"guide|{TeamId}|1|Approved|0|aad-ida", default);
        Assert.NotNull(told);
        Assert.Contains("Dit forslag er godkendt", OutboxText(told), StringComparison.Ordinal);

        var listed = Said(await Harness.SayAsync("guides medarbejder", "aad-kim", "Kim"));
        Assert.Contains("Sådan opretter du en ny medarbejder", listed, StringComparison.Ordinal);
        Assert.Contains("Ingen godkendte matcher »løn«", Said(await Harness.SayAsync("guides løn", "aad-kim", "Kim")), StringComparison.Ordinal);
        var shown = Text(await Harness.PressAsync(CardVerbs.GuideShow, GuidePeople.Number("1"), "aad-kim", "Kim"));
        Assert.Contains("Tryk »Opret medarbejder«.", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Godkend", shown.Replace("Godkendt", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Venter på godkendelse", Said(await Harness.SayAsync("opgaver")), StringComparison.Ordinal);

        var export = await Harness.DecisionExportAsync();
        Assert.Contains("Sådan opretter du en ny medarbejder", export["guides-og-brugercases/index.md"], StringComparison.Ordinal);
        var page = export["guides-og-brugercases/001-saadan-opretter-du-en-ny-medarbejder.md"];
        Assert.Contains("parent: \"Guides og brugercases\"", page, StringComparison.Ordinal);
        Assert.Contains("(https://os2mo.readthedocs.io/da/latest/)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Ida", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_sent_back_with_a_reason_is_revised_by_its_proposer_and_then_approved()
    {
        await Harness.PressAsync(CardVerbs.GuideSave, GuidePeople.Case(results: "Bedre."), "aad-ida", "Ida");

        // Sending back needs a reason: without one the card says so and nothing changes.
        var noReason = Text(await Harness.PressAsync(CardVerbs.GuideAskChanges, GuidePeople.Number("1")));
        Assert.Contains("Skriv en begrundelse", noReason, StringComparison.Ordinal);
        Assert.Equal(GuideStatus.Proposed, (await Store.GetAsync(TeamId, 1, default))!.Status);

        var back = Text(await Harness.PressAsync(CardVerbs.GuideAskChanges, GuidePeople.Number("1", "Skriv tallene for fejl før og efter.")));
        Assert.Contains("er sendt tilbage til forslagsstilleren", back, StringComparison.Ordinal);
        var told = await Outbox.GetAsync($"guide|{TeamId}|1|ChangesAsked|0|aad-ida", default);
        Assert.Contains("Skriv tallene for fejl før og efter.", OutboxText(told!), StringComparison.Ordinal);
        Assert.Contains("Ret forslaget", OutboxText(told!), StringComparison.Ordinal);
        Assert.Contains("Ret forslaget", Text(await Harness.PressAsync(CardVerbs.GuideShow, GuidePeople.Number("1"), "aad-ida", "Ida")),
            StringComparison.Ordinal);

        // Only the proposer revises (to others a proposal is not there at all); the form comes back filled.
        Assert.Contains("Kun den, der foreslog den", Text(await Harness.PressAsync(CardVerbs.GuideRevise, GuidePeople.Number("1"))),
            StringComparison.Ordinal);
        Assert.Contains("findes ikke", Text(await Harness.PressAsync(CardVerbs.GuideRevise, GuidePeople.Number("1"), "aad-kim", "Kim")),
            StringComparison.Ordinal);
        Assert.Contains("findes ikke", Text(await Harness.PressAsync(CardVerbs.GuideSave,
            GuidePeople.Case(number: "1", results: "Overtaget"), "aad-ole", "Ole")), StringComparison.Ordinal);
        Assert.Contains("Kun den, der foreslog den", Text(await Harness.PressAsync(CardVerbs.GuideSave,
            GuidePeople.Case(number: "1", results: "Overtaget"))), StringComparison.Ordinal);
        var form = Text(await Harness.PressAsync(CardVerbs.GuideRevise, GuidePeople.Number("1"), "aad-ida", "Ida"));
        Assert.Contains("Ret dit forslag #1", form, StringComparison.Ordinal);
        Assert.Contains("Aarhus samler lønsystemet og OS2mo", form, StringComparison.Ordinal);

        var revised = Text(await Harness.PressAsync(CardVerbs.GuideSave,
            GuidePeople.Case(number: "1", results: "Fejl i lønkørslen faldt fra 40 til 18 om måneden."), "aad-ida", "Ida"));
        Assert.Contains("Dit rettede forslag »Aarhus samler lønsystemet og OS2mo« er sendt til koordinatoren igen.", revised, StringComparison.Ordinal);
        Assert.NotNull(await Outbox.GetAsync($"guide|{TeamId}|1|proposed|1|aad-alice", default));

        await Harness.PressAsync(CardVerbs.GuideApprove, GuidePeople.Number("1"));
        var stored = (await Store.GetAsync(TeamId, 1, default))!;
        Assert.Equal((GuideStatus.Approved, "Fejl i lønkørslen faldt fra 40 til 18 om måneden.", 1), (stored.Status, stored.Results, stored.Revisions));
        Assert.Contains("Aarhus samler lønsystemet og OS2mo", Said(await Harness.SayAsync("cases aarhus", "aad-kim", "Kim")), StringComparison.Ordinal);
        Assert.Contains("Aarhus Kommune", Said(await Harness.SayAsync("cases", "aad-kim", "Kim")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declined_proposal_tells_its_proposer_why_and_is_never_listed_or_revised()
    {
        await Harness.PressAsync(CardVerbs.GuideSave, GuidePeople.Guide("Hemmelige genveje"), "aad-kim", "Kim");
        var declined = Text(await Harness.PressAsync(CardVerbs.GuideDecline, GuidePeople.Number("1", "Den findes allerede i manualen.")));
        Assert.Contains("er afvist, og forslagsstilleren har fået begrundelsen", declined, StringComparison.Ordinal);
        var told = await Outbox.GetAsync($"guide|{TeamId}|1|Declined|0|aad-kim", default);
        Assert.Contains("Den findes allerede i manualen.", OutboxText(told!), StringComparison.Ordinal);

        Assert.DoesNotContain("Hemmelige genveje", Said(await Harness.SayAsync("guides", "aad-kim", "Kim")), StringComparison.Ordinal);
        Assert.Contains("allerede behandlet", Text(await Harness.PressAsync(CardVerbs.GuideRevise, GuidePeople.Number("1"), "aad-kim", "Kim")),
            StringComparison.Ordinal);
        Assert.Contains("allerede behandlet (afvist)", Text(await Harness.PressAsync(CardVerbs.GuideApprove, GuidePeople.Number("1"))),
            StringComparison.Ordinal);
        Assert.Equal(GuideStatus.Declined, (await Store.GetAsync(TeamId, 1, default))!.Status);
    }

    [Fact]
    public async Task A_field_that_does_not_pass_brings_the_form_back_with_what_was_entered()
    {
        var badLink = Text(await Harness.PressAsync(CardVerbs.GuideSave, GuidePeople.Guide(links: "javascript:alert(1)"), "aad-ida", "Ida"));
        Assert.Contains("Et link skal være en hel adresse", badLink, StringComparison.Ordinal);
        Assert.Contains("Sådan opretter du en ny medarbejder", badLink, StringComparison.Ordinal);
        var tooLong = Text(await Harness.PressAsync(CardVerbs.GuideSave, GuidePeople.Guide(new string('x', TextLimits.SurveyTitle + 1)), "aad-ida", "Ida"));
        Assert.Contains("Et af felterne er for langt", tooLong, StringComparison.Ordinal);
        var noResults = GuidePeople.Case();
        noResults.Remove(CoordinatorBot.Cards.Guides.GuideForm.ResultsInput);
        Assert.Contains("Skriv, hvad det førte til.", Text(await Harness.PressAsync(CardVerbs.GuideSave, noResults, "aad-ida", "Ida")), StringComparison.Ordinal);
        var noMunicipality = GuidePeople.Case();
        noMunicipality[CoordinatorBot.Cards.Guides.GuideForm.MunicipalityInput] = "Atlantis";
        Assert.Contains("Vælg kommunen.", Text(await Harness.PressAsync(CardVerbs.GuideSave, noMunicipality, "aad-ida", "Ida")), StringComparison.Ordinal);
        Assert.Empty((await Store.LoadAsync(TeamId, default)).Guides);
    }

    [Fact]
    public async Task People_without_the_role_from_another_community_or_removed_change_nothing()
    {
        await Harness.PressAsync(CardVerbs.GuideSave, GuidePeople.Guide(), "aad-ida", "Ida");

        // A guest without a role may neither propose nor decide.
        Assert.Contains("Det kan kun fællesskabets medlemmer", Text(await Harness.PressAsync(CardVerbs.GuideSave, GuidePeople.Guide("Gæstens guide"),
            "aad-guest", "Gæst")), StringComparison.Ordinal);
        Assert.Contains("Det kan kun fællesskabets medlemmer", Said(await Harness.SayAsync("guide ny", "aad-guest", "Gæst")), StringComparison.Ordinal);
        Assert.Contains("Det kan kun fællesskabets medlemmer", Text(await Harness.PressAsync(CardVerbs.GuideApprove, GuidePeople.Number("1"),
            "aad-guest", "Gæst")), StringComparison.Ordinal);

        // A member who is not the coordinator, even with card data naming the coordinator as actor.
        static JsonObject Forged()
        {
            var data = GuidePeople.Number("1", "Nej");
            data["actor"] = "aad-alice";
            data["aadObjectId"] = "aad-alice";
            data["from"] = new JsonObject { ["aadObjectId"] = "aad-alice", ["name"] = "Alice" };
            return data;
        }

        Assert.Contains("Kun koordinatoren godkender", Text(await Harness.PressAsync(CardVerbs.GuideApprove, Forged(), "aad-kim", "Kim")),
            StringComparison.Ordinal);
        Assert.Contains("Kun koordinatoren godkender", Text(await Harness.PressAsync(CardVerbs.GuideDecline, Forged(), "aad-ida", "Ida")),
            StringComparison.Ordinal);

        // The coordinator of another community (Alice coordinates both) reaches only that community's guides.
        await Harness.SetUpSecondCommunityAsync();
        var elsewhere = await Harness.PostAsync(ActivityBuilder.Execute(Harness.ServiceUrl, CardVerbs.GuideApprove, GuidePeople.Number("1"),
            teamId: ActivityBuilder.TeamTwo));
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        Assert.Contains("findes ikke", await elsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Ida leaves the team: her proposal can no longer be revised by her, nor can she propose.
        Assert.Equal(HttpStatusCode.OK, (await Harness.PostAsync(Trust.TrustActivities.MemberRemoved(Harness.ServiceUrl, "aad-ida", "Ida"))).StatusCode);
        Assert.Contains("Det kan kun fællesskabets medlemmer", Text(await Harness.PressAsync(CardVerbs.GuideSave, GuidePeople.Guide(number: "1"),
            "aad-ida", "Ida")), StringComparison.Ordinal);
        Assert.Contains("Det kan kun fællesskabets medlemmer", Text(await Harness.PressAsync(CardVerbs.GuideSave, GuidePeople.Guide("Ny"),
            "aad-ida", "Ida")), StringComparison.Ordinal);

        var (guides, _) = await Store.LoadAsync(TeamId, default);
        var only = Assert.Single(guides);
        Assert.Equal((GuideStatus.Proposed, "Sådan opretter du en ny medarbejder"), (only.Status, only.Title));
        Assert.Empty((await Store.LoadAsync(ActivityBuilder.TeamTwo, default)).Guides);
    }

    [Fact]
    public async Task Two_coordinators_deciding_at_once_one_wins_and_the_other_is_told_it_was_decided()
    {
        await Harness.AddMembersAsync(Role.Coordinator, ("aad-karen", "Karen"));
        for (var round = 1; round <= 3; round++)
        {
            await Harness.PressAsync(CardVerbs.GuideSave, GuidePeople.Guide($"Guide {round}"), "aad-ida", "Ida");
            var number = round.ToString(CultureInfo.InvariantCulture);
            var presses = await Task.WhenAll(
                Harness.PressAsync(CardVerbs.GuideApprove, GuidePeople.Number(number)),
                Harness.PressAsync(CardVerbs.GuideDecline, GuidePeople.Number(number, "For kort."), "aad-karen", "Karen"));
            var answers = presses.Select(Text).ToList();
            Assert.Single(answers, a => a.Contains("allerede behandlet", StringComparison.Ordinal));
            var stored = (await Store.GetAsync(TeamId, round, default))!;
            var winner = answers.Single(a => !a.Contains("allerede behandlet", StringComparison.Ordinal));
            Assert.Equal(stored.Status == GuideStatus.Approved, winner.Contains("er godkendt", StringComparison.Ordinal));
            // The proposer is told once, of what stands.
            Assert.NotNull(await Outbox.GetAsync($"guide|{TeamId}|{round}|{stored.Status}|0|aad-ida", default));
        }
    }

    [Fact]
    public async Task A_case_names_its_contact_only_with_their_own_consent_and_erasure_removes_both()
    {
        await Harness.PressAsync(CardVerbs.GuideSave, GuidePeople.Case(contact: "aad-ole"), "aad-ida", "Ida");
        await Harness.PressAsync(CardVerbs.GuideApprove, GuidePeople.Number("1"));
        // Ole is asked, in his chat, whether his name may be shown.
        var asked = await Outbox.GetAsync($"guide|{TeamId}|1|consent|aad-ole", default);
        Assert.Contains("Ja, mit navn må vises", OutboxText(asked!), StringComparison.Ordinal);

        var before = Text(await Harness.PressAsync(CardVerbs.GuideShow, GuidePeople.Number("1"), "aad-kim", "Kim"));
        Assert.Contains("navngives ikke (intet samtykke)", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Ole", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Ole", (await Harness.DecisionExportAsync())["guides-og-brugercases/001-aarhus-samler-loensystemet-og-os2mo.md"],
            StringComparison.Ordinal);

        // Asked in the channel, the card says nothing of his choice (everyone reads it) and offers both buttons.
        var inChannel = Said(await Harness.SayAsync("case samtykke", "aad-ole", "Ole"));
        Assert.DoesNotContain("Du har ikke givet samtykke", inChannel, StringComparison.Ordinal);
        Assert.Contains("Træk mit samtykke tilbage", inChannel, StringComparison.Ordinal);
        Assert.Contains("Ja, mit navn må vises", inChannel, StringComparison.Ordinal);
        Assert.Contains("Tak, dit samtykke er gemt.", Text(await Harness.PressAsync(CardVerbs.GuideConsent,
            new JsonObject { [CardVerbs.GuideConsentKey] = "true" }, "aad-ole", "Ole")), StringComparison.Ordinal);
        // Someone else pressing a consent card (naming Ole in its data) changes only their own.
        await Harness.PressAsync(CardVerbs.GuideConsent, new JsonObject { [CardVerbs.GuideConsentKey] = "false", ["person"] = "aad-ole" }, "aad-kim", "Kim");
        Assert.Contains("aad-ole", (await Store.LoadAsync(TeamId, default)).Consenting);
        Assert.DoesNotContain("aad-kim", (await Store.LoadAsync(TeamId, default)).Consenting);

        Assert.Contains("Ole", Text(await Harness.PressAsync(CardVerbs.GuideShow, GuidePeople.Number("1"), "aad-kim", "Kim")), StringComparison.Ordinal);
        Assert.Contains("**Kontaktperson:** Ole", (await Harness.DecisionExportAsync())["guides-og-brugercases/001-aarhus-samler-loensystemet-og-os2mo.md"],
            StringComparison.Ordinal);

        // His data export holds the consent.
        var people = Service<PersonalDataStore>();
        var found = await people.FindAsync("aad-ole", default);
        Assert.Contains(found, r => r.Table == TableNames.Guides && r.RowKey == "c|aad-ole");
        var summary = await Service<PersonalDataReader>().ReadAsync("aad-ole", found, default);
        Assert.Contains(summary, e => e.Fact == CoordinatorBot.Domain.People.PersonalFact.CaseConsent);

        // Erased: the consent row goes, and no guide row names him any more.
        await people.EraseAsync("aad-ole", default);
        var (_, consenting) = await Store.LoadAsync(TeamId, default);
        Assert.Empty(consenting);
        await foreach (var row in Service<StorageTables>()[TableNames.Guides].QueryAsync<TableEntity>())
        {
            var all = row.RowKey + string.Join('|', row.Select(p => p.Value?.ToString()));
            Assert.DoesNotContain("aad-ole", all, StringComparison.Ordinal);
            Assert.DoesNotContain("\"Ole\"", all, StringComparison.Ordinal);
        }

        Assert.Contains("navngives ikke (intet samtykke)", Text(await Harness.PressAsync(CardVerbs.GuideShow, GuidePeople.Number("1"), "aad-kim", "Kim")),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_club_meetings_card_shows_the_approved_cases_presented_at_it()
    {
        await AddMeetingAsync("m-club", MeetingKind.UserClub, "Brugerklubmøde efterår");
        await AddMeetingAsync("m-steer", MeetingKind.SteeringGroup, "Styregruppemøde");
        // The form offers the user-club meeting, not the steering group's.
        var form = Text(await Harness.PressAsync(CardVerbs.RunCommand, new JsonObject { [CardVerbs.CommandKey] = CommandIds.CaseNew }, "aad-ida", "Ida"));
        Assert.Contains("Brugerklubmøde efterår", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Styregruppemøde", form, StringComparison.Ordinal);

        await Harness.PressAsync(CardVerbs.GuideSave, GuidePeople.Case(meeting: "m-club"), "aad-ida", "Ida");
        await Harness.PressAsync(CardVerbs.GuideSave, GuidePeople.Case("Styregruppens case", meeting: "m-steer"), "aad-ida", "Ida");
        var waiting = Text(await Harness.PressAsync(CardVerbs.MeetingShow, new JsonObject { [CardVerbs.MeetingKey] = "m-club" }, "aad-kim", "Kim"));
        Assert.DoesNotContain("Brugercases præsenteret her", waiting, StringComparison.Ordinal);

        await Harness.PressAsync(CardVerbs.GuideApprove, GuidePeople.Number("1"));
        await Harness.PressAsync(CardVerbs.GuideApprove, GuidePeople.Number("2"));
        var shown = Text(await Harness.PressAsync(CardVerbs.MeetingShow, new JsonObject { [CardVerbs.MeetingKey] = "m-club" }, "aad-kim", "Kim"));
        Assert.Contains("Brugercases præsenteret her", shown, StringComparison.Ordinal);
        Assert.Contains("Aarhus samler lønsystemet og OS2mo (Aarhus Kommune)", shown, StringComparison.Ordinal);
        Assert.Contains("Præsenteret på", Text(await Harness.PressAsync(CardVerbs.GuideShow, GuidePeople.Number("1"), "aad-kim", "Kim")),
            StringComparison.Ordinal);
        // A meeting chosen that is no user-club meeting or webinar is not kept.
        Assert.Null((await Store.GetAsync(TeamId, 2, default))!.MeetingId);
        Assert.DoesNotContain("Brugercases", Text(await Harness.PressAsync(CardVerbs.MeetingShow, new JsonObject { [CardVerbs.MeetingKey] = "m-steer" },
            "aad-kim", "Kim")), StringComparison.Ordinal);
    }

    private Task<bool> AddMeetingAsync(string id, MeetingKind kind, string title)
    {
        var start = Start.AddDays(-3);
        return Service<MeetingStore>().AddAsync(TeamId, new Meeting
        {
            Id = id, Kind = kind, Title = title, Start = start, End = start.AddHours(2), Invitees = new MeetingInvitees([], [], []), Attendees = [],
            TransactionId = id, CreatedById = "aad-alice", CreatedByName = "Alice", CreatedAt = start.AddDays(-10),
        }, default);
    }

    private static string OutboxText(OutboxEntity row) => BotHarness.Text(JsonNode.Parse(row.ActivityJson));

    private static string Said(RecordedRequest answer) => $"{BotHarness.Text(answer.Cards().FirstOrDefault())} {answer.Text}";

    private static string Text(JsonNode answer) =>
        answer["value"] is JsonValue line && line.GetValueKind() == System.Text.Json.JsonValueKind.String ? line.GetValue<string>() : BotHarness.Text(answer["value"]);
}
