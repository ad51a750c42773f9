using CoordinatorBot.Domain.Decisions;
using static CoordinatorBot.Cards.Common.HistoryWords;

namespace CoordinatorBot.Cards.Decisions;

/// <summary>
/// A decision as a card. The shared card in the channel has no buttons and asks each body member's client for their
/// own view (refresh with their user ids); that view adds the member's vote, the vote buttons and, for the
/// coordinator or proposer, the closing form. A closed decision is a final record without buttons.
/// </summary>
public static class DecisionCard
{
    public const string CommentInput = "comment";
    public const string OutcomeInput = "outcome";
    public const string OutcomeTextInput = "outcomeText";

    // A large body must not push a card past Teams' 28 KB: beyond these, names are counted rather than listed.
    public const int MaxMentions = 10;
    public const int MaxNamesListed = 20;
    // Comments share what is left of the 28 KB of a decision whose fields are all full: the newest that fit, in UTF-8.
    public const int MaxCommentBytes = 3500;
    private const int MaxHistoryComment = 60;

    /// <summary>The card everyone sees in the channel; <paramref name="mention"/> @mentions the body's members.</summary>
    public static AdaptiveCard Shared(Texts texts, DecisionView view, bool mention = false)
    {
        var card = Compose(texts, view, DecisionViewer.Onlooker, notice: null, history: null);
        if (!view.Decision.IsOpen)
        {
            return card;
        }

        var readers = view.Readers.Where(m => m.TeamsUserId is not null).Select(m => m.TeamsUserId!).Take(Refresh.MaxUserIds).ToList();
        card = card with
        {
            Refresh = new Refresh(Execute(texts, texts.DecisionsShow, CardVerbs.RefreshDecision,
                (CardVerbs.DecisionKey, view.Decision.Number.ToString())), readers),
        };
        if (mention && view.BodyMembers.Any(m => m.TeamsUserId is not null))
        {
            // Each mention costs the card some 350 bytes.
            var withId = view.BodyMembers.Where(m => m.TeamsUserId is not null).ToList();
            var mentioned = withId.Take(MaxMentions).ToList();
            var line = string.Join(", ", mentioned.Select(m => $"<at>{m.Name}</at>"));
            if (withId.Count > mentioned.Count)
            {
                line = texts.AndOthers(line, withId.Count - mentioned.Count);
            }

            card = card with
            {
                Body = [new TextBlock(texts.DecisionMentionLine(line)), .. card.Body],
                Teams = new TeamsCardProperties([.. mentioned.Select(m => CardMention.Of(m.TeamsUserId!, m.Name))]),
            };
        }

        return card;
    }

    /// <summary>The card as one person sees it: with their vote and the buttons they may use.</summary>
    public static AdaptiveCard ForViewer(Texts texts, DecisionView view, DecisionViewer viewer, Notice? notice = null,
        IReadOnlyList<AuditEntry>? history = null) =>
        Compose(texts, view, viewer, notice, history);

    private static AdaptiveCard Compose(Texts texts, DecisionView view, DecisionViewer viewer, Notice? notice,
        IReadOnlyList<AuditEntry>? history)
    {
        var d = view.Decision;
        var body = BodyWith(notice);

        body.Add(Title($"{d.Number} · {d.Draft.Title}"));
        body.Add(new TextBlock(texts.StatusName(d.Status)) { Weight = TextWeight.Bolder, Color = StatusColor(d.Status), Spacing = Spacing.None });
        body.Add(new FactSet(Facts(texts, view)));
        body.Add(Section(texts.SectionContext, d.Draft.Context));
        body.Add(Section(texts.SectionDecision, d.Draft.Proposal));
        AddOptional(body, texts.SectionConsequences, d.Draft.Consequences);
        AddOptional(body, texts.SectionImplementation, d.Draft.Implementation);
        AddOptional(body, texts.SectionRisks, d.Draft.Risks);
        body.Add(TallyBlock(texts, view));
        // With the history shown, the comments are in it (shorter), so the card stays within Teams' limit.
        if (viewer.ReadsComments && history is null && CommentsBlock(texts, view) is { } comments)
        {
            body.Add(comments);
        }

        var actions = new List<CardAction>();
        if (d.IsOpen && viewer.CanVote)
        {
            body.Add(new TextBlock(viewer.OwnVote is { } own ? texts.YourVote(texts.VoteName(own.Choice)) : texts.YourVoteNone)
            {
                Weight = TextWeight.Bolder, Spacing = Spacing.Medium,
            });
            body.Add(new TextInput(texts.VoteCommentLabel) { Id = CommentInput, IsMultiline = true, MaxLength = TextLimits.VoteComment, Value = viewer.OwnVote?.Comment });
            body.Add(new ActionSet([.. Enum.GetValues<VoteChoice>().Select(choice => Execute(texts, texts.VoteName(choice), CardVerbs.Vote,
                (CardVerbs.DecisionKey, d.Number.ToString()), (CardVerbs.ChoiceKey, choice.ToString())))]));
        }

        if (d.IsOpen && viewer.CanClose)
        {
            actions.Add(new ShowCardAction(texts.CloseTitle, SubCard(
            [
                new ChoiceSetInput(texts.CloseOutcomeLabel,
                [
                    new Choice(texts.StatusName(DecisionStatus.Accepted), nameof(DecisionStatus.Accepted)),
                    new Choice(texts.StatusName(DecisionStatus.Rejected), nameof(DecisionStatus.Rejected)),
                ])
                {
                    Id = OutcomeInput, IsRequired = true, ErrorMessage = texts.CloseOutcomeLabel, Style = ChoiceSetStyle.Expanded,
                },
                new TextInput(texts.CloseTextLabel)
                {
                    Id = OutcomeTextInput, IsRequired = true, ErrorMessage = texts.CloseTextError, IsMultiline = true, MaxLength = TextLimits.OutcomeText,
                },
            ],
            [Execute(texts, texts.CloseButton, CardVerbs.CloseDecision, (CardVerbs.DecisionKey, d.Number.ToString()))])));
        }

        if (history is { Count: > 0 })
        {
            body.Add(Subtitle(texts.SectionHistory));
            body.Add(new TextBlock(string.Join("\n", history.TakeLast(15).Select(h =>
                $"- {texts.DateTime(h.At, view.Zone)}: {h.ActorName} {AuditText(texts, h)}{HistoryComment(texts, h, viewer)}")))
            {
                IsSubtle = true,
            });
        }

        return Card(texts, $"{d.Number} · {d.Draft.Title}", body, actions);
    }

    private static List<Fact> Facts(Texts texts, DecisionView view)
    {
        var d = view.Decision;
        var facts = new List<Fact>
        {
            new(texts.FactType, texts.TypeName(d.Draft.Type)),
            new(texts.FactBody, texts.BodyName(d.Draft.Body)),
            new(texts.FactDeadline, texts.DateTime(d.Draft.Deadline, view.Zone)),
            new(texts.FactRule, texts.RuleName(d.Draft.Rule)),
            new(texts.FactProposer, $"{d.ProposerName}, {texts.Date(d.ProposedAt, view.Zone)}"),
        };
        if (d.Draft.Supersedes is { } old)
        {
            facts.Add(new Fact(texts.FactSupersedes, old.ToString()));
        }

        if (d.SupersededBy is { } newer)
        {
            facts.Add(new Fact(texts.FactSupersededBy, newer.ToString()));
        }

        if (d.ClosedAt is { } closed)
        {
            facts.Add(new Fact(texts.FactOutcome, Outcome(texts, d)));
            facts.Add(new Fact(texts.FactClosed, texts.DateTime(closed, view.Zone)));
        }

        if (view.Releases.Count > 0)
        {
            facts.Add(new Fact(texts.FactCarriedOutIn, string.Join(", ", view.Releases)));
        }

        return facts;
    }

    /// <summary>The outcome in words: what the closer wrote, as a sentence, then why ("Vedtaget på mødet. Registreret af Alice.").</summary>
    public static string Outcome(Texts texts, Decision d) =>
        string.IsNullOrWhiteSpace(d.OutcomeText) ? texts.ReasonText(d) : $"{Sentence(d.OutcomeText)} {texts.ReasonText(d)}";

    // Only the end is trimmed: the text stays as written (an export's guard against a spreadsheet formula sees its start).
    private static string Sentence(string text) =>
        text.TrimEnd() is var trimmed && trimmed[^1] is '.' or '!' or '?' or '…' ? trimmed : $"{trimmed}.";

    // In the history a comment is one line, cut short: the card shows the comments in full above it.
    private static string HistoryComment(Texts texts, AuditEntry entry, DecisionViewer viewer) =>
        viewer.ReadsComments && entry.Comment is { Length: > 0 } comment
            ? $": {texts.Quote(Shortened(string.Join(' ', comment.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)), MaxHistoryComment))}"
            : string.Empty;

    private static string Shortened(string text, int length) => text.Length <= length ? text : $"{text[..(length - 1)].TrimEnd()}…";

    /// <summary>
    /// The vote comments, newest first, for the body and the proposer. As many as fit the card's share of Teams' 28 KB;
    /// the rest are counted.
    /// </summary>
    private static Container? CommentsBlock(Texts texts, DecisionView view)
    {
        var commented = view.Votes.Where(v => !string.IsNullOrWhiteSpace(v.Comment)).OrderByDescending(v => v.CastAt).ToList();
        if (commented.Count == 0)
        {
            return null;
        }

        var items = new List<CardElement> { new TextBlock(texts.SectionComments) { Weight = TextWeight.Bolder } };
        var used = 0;
        var shown = 0;
        foreach (var vote in commented)
        {
            used += Encoding.UTF8.GetByteCount(vote.Comment!) + Encoding.UTF8.GetByteCount(vote.VoterName);
            if (used > MaxCommentBytes && shown > 0)
            {
                break;
            }

            items.Add(new TextBlock($"{vote.VoterName} ({texts.VoteName(vote.Choice)}), {texts.DateTime(vote.CastAt, view.Zone)}")
            {
                Weight = TextWeight.Bolder, Size = TextSize.Small, Spacing = Spacing.Small,
            });
            items.Add(new TextBlock(vote.Comment!) { Spacing = Spacing.None });
            shown++;
        }

        if (shown < commented.Count)
        {
            items.Add(new TextBlock(texts.CommentsNotShown(texts.Count(commented.Count - shown, Unit.Comment))) { IsSubtle = true });
        }

        return new Container(items) { Spacing = Spacing.Medium };
    }

    private static Container TallyBlock(Texts texts, DecisionView view)
    {
        var tally = view.Tally;
        var names = view.BodyMembers.ToDictionary(m => m.AadObjectId, m => m.Name);
        var voted = view.Votes.Where(v => names.ContainsKey(v.VoterId))
            .Select(v => $"{names[v.VoterId]} ({texts.VoteName(v.Choice)})").ToList();
        var missing = tally.NotVoted.Select(id => names[id]).ToList();
        return new Container(
        [
            new TextBlock(texts.TallyLine(tally.Approve, tally.Reject, tally.Abstain, tally.Object)) { Weight = TextWeight.Bolder },
            new TextBlock(texts.VotedLine(Listed(texts, voted))) { Spacing = Spacing.Small },
            // Once closed, those who did not vote are no longer "missing": they did not vote.
            new TextBlock(view.Decision.IsOpen ? texts.NotVotedLine(Listed(texts, missing)) : texts.NotVotedClosedLine(Listed(texts, missing)))
            {
                Spacing = Spacing.Small,
            },
        ])
        {
            Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium,
        };
    }

    /// <summary>"A, B, C" — or the first twenty "og 40 andre" — or "ingen".</summary>
    private static string Listed(Texts texts, IReadOnlyList<string> names) =>
        names.Count == 0 ? texts.NobodyText
        : names.Count <= MaxNamesListed ? string.Join(", ", names)
        : texts.AndOthers(string.Join(", ", names.Take(MaxNamesListed)), names.Count - MaxNamesListed);

    private static Container Section(string heading, string text) =>
        new([new TextBlock(heading) { Weight = TextWeight.Bolder }, new TextBlock(text) { Spacing = Spacing.None }]) { Spacing = Spacing.Medium };

    private static void AddOptional(List<CardElement> body, string heading, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            body.Add(Section(heading, text));
        }
    }

    // Colour repeats what the status word already says.
    private static TextColor StatusColor(DecisionStatus status) => status switch
    {
        DecisionStatus.Accepted => TextColor.Good,
        DecisionStatus.Rejected => TextColor.Attention,
        DecisionStatus.Superseded => TextColor.Warning,
        _ => TextColor.Accent,
    };
}
