namespace CoordinatorBot.Tests.Cards;

/// <summary>
/// The largest cards a person can make: every free text at its limit (<see cref="AtLimit"/>), long names, a full body
/// voting with full comments, a long history. Part of <see cref="CardGallery"/>, so each is checked by the adaptivecards
/// library and kept under 28 KB.
/// </summary>
public static class AtLimitGallery
{
    public static IEnumerable<(string, AdaptiveCard)> ForLanguage(Texts t)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        var now = DateTimeOffset.Parse("2026-11-27T10:00:00Z", CultureInfo.InvariantCulture);
        var body = Enumerable.Range(1, 12).Select(i => new Member($"aad-{i}", AtLimit.Name(i), new HashSet<Role> { Role.SteeringGroup }, null,
            $"29:1{i:00}aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789-AbCdEfGhIjKlMnOpQrStUvWxYz")).ToList();
        var full = AtLimit.Text(TextLimits.DecisionText);
        var draft = new DecisionDraft(AtLimit.Text(TextLimits.DecisionTitle), DecisionType.Operational, DecidingBody.SteeringGroup,
            full, full, full, full, full, now.AddDays(7), new DecisionRule(RuleKind.SimpleMajority, 50), new DecisionNumber(2026, 3));
        var open = new Decision { Number = new DecisionNumber(2026, 14), Draft = draft, ProposerId = "aad-1", ProposerName = AtLimit.Name(0), ProposedAt = now };
        var votes = body.Select((m, i) => new Vote(m.AadObjectId, m.Name, (VoteChoice)(i % 4), AtLimit.Text(TextLimits.VoteComment), now.AddMinutes(i))).ToList();
        var view = new DecisionView(open, votes, body, zone);
        var closed = open with
        {
            Status = DecisionStatus.Accepted, ClosedAt = now.AddDays(1), ClosedByName = AtLimit.Name(13), CloseReason = RuleReason.RecordedByHand,
            OutcomeText = AtLimit.Text(TextLimits.OutcomeText), SupersededBy = new DecisionNumber(2027, 1),
        };
        var closedView = view with { Decision = closed };
        var history = Enumerable.Range(0, 40).Select(i => new AuditEntry(open.Number, (AuditAction)(i % 5), AtLimit.Name(i), now.AddMinutes(i),
            i % 5 == 3 ? "Accepted" : "Approve")).ToList();
        var posted = new Notice(t.DecisionOutcomePosted(closed.Number, t.StatusName(closed.Status), DecisionCard.Outcome(t, closed)), false);
        var accepted = Enumerable.Range(1, 60).Select(i => closed with { Number = new DecisionNumber(2025, i) }).ToList();
        var entered = new DecisionForm.Entered(new Dictionary<string, string?>
        {
            [DecisionForm.TitleInput] = AtLimit.Text(TextLimits.DecisionTitle), [DecisionForm.ContextInput] = full, [DecisionForm.ProposalInput] = full,
            [DecisionForm.ConsequencesInput] = $"{full}a", [DecisionForm.ImplementationInput] = $"{full}a", [DecisionForm.RisksInput] = $"{full}a",
        });
        var template = ChecklistTemplate.Default;
        while (template.Steps.Count < ChecklistTemplate.MaxSteps)
        {
            template = template.Add(AtLimit.Text(TextLimits.TemplateStepTitle), Role.Supplier, StepAnchor.GoLive, -3);
        }

        yield return ("at-limit-decision-shared", DecisionCard.Shared(t, view, mention: true));
        // A large body at the first post: twenty are mentioned and the rest counted, so the card stays under 28 KB.
        var large = Enumerable.Range(1, 60).Select(i => new Member($"aad-large-{i}", AtLimit.Name(i), new HashSet<Role> { Role.SteeringGroup }, null,
            $"29:1{i:00}aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789-AbCdEfGhIjKlMnOpQrStUvWxYz")).ToList();
        yield return ("at-limit-decision-shared-60-members", DecisionCard.Shared(t, new DecisionView(open, [], large, zone), mention: true));
        var largeVotes = large.Select((m, i) => new Vote(m.AadObjectId, m.Name, (VoteChoice)(i % 4), null, now.AddMinutes(i))).ToList();
        yield return ("at-limit-decision-member-60-voted", DecisionCard.ForViewer(t, new DecisionView(open, largeVotes, large, zone),
            new DecisionViewer(largeVotes[0], CanVote: true, CanClose: true)));
        // The body reads the comments: sixty full ones, and a history of comments, still under 28 KB.
        var commented = large.Select((m, i) => new Vote(m.AadObjectId, m.Name, (VoteChoice)(i % 4), AtLimit.Text(TextLimits.VoteComment),
            now.AddMinutes(i))).ToList();
        var commentHistory = commented.Select(v => new AuditEntry(open.Number, AuditAction.VoteChanged, v.VoterName, v.CastAt, v.Choice.ToString())
        {
            Comment = v.Comment,
        }).ToList();
        yield return ("at-limit-decision-reader-60-comments", DecisionCard.ForViewer(t, new DecisionView(open, commented, large, zone),
            new DecisionViewer(commented[0], CanVote: true, CanClose: true, ReadsComments: true)));
        yield return ("at-limit-decision-reader-history", DecisionCard.ForViewer(t, new DecisionView(open, commented, large, zone),
            new DecisionViewer(commented[0], CanVote: true, CanClose: true, ReadsComments: true), null, commentHistory));
        yield return ("at-limit-decision-member", DecisionCard.ForViewer(t, view, new DecisionViewer(votes[0], CanVote: true, CanClose: true),
            new Notice(t.TextTooLong(t.VoteCommentLabel, TextLimits.VoteComment), true)));
        yield return ("at-limit-decision-closed-shared", DecisionCard.Shared(t, closedView));
        // The record with the releases that carried it out, each version at its limit.
        yield return ("at-limit-decision-closed-history", DecisionCard.ForViewer(t, closedView with
        {
            Releases = [.. Enumerable.Range(0, 3).Select(i => $"{i}{AtLimit.Text(TextLimits.ReleaseVersion - 1)}")],
        }, DecisionViewer.Onlooker, posted, history));
        yield return ("at-limit-decision-form", DecisionForm.Compose(t, t.TimeZoneName("Europe/Copenhagen"), "2026-12-04", "12:00", accepted, entered,
            Enum.GetValues<DraftProblem>()));
        yield return ("at-limit-template", TemplateCard.Compose(t, template, new Notice(t.TextTooLong(t.TemplateStepTitleLabel, TextLimits.TemplateStepTitle), true)));
        yield return ("at-limit-dialog", DialogPromptCard.Compose(t, t.OnboardingAskMunicipality, 1, 6, DialogPromptCard.InputKind.Text, [],
            new Notice(t.TextTooLong(t.DialogAnswerLabel, TextLimits.DialogAnswer), true), AtLimit.Text(TextLimits.DialogAnswer)));
        yield return ("at-limit-setup", SetupCard.Form(t, CardGallery.Community(AtLimit.Text(TextLimits.ProductName)),
            new CommunitySettings(AtLimit.Text(TextLimits.ProductName), "Europe/Copenhagen", 10), [SettingsProblem.ProductName]));
    }
}
