using CoordinatorBot.Domain.Decisions;
using static CoordinatorBot.Cards.Common.PageNames;

namespace CoordinatorBot.Cards.Decisions;

/// <summary>
/// A decision as a Markdown page in OS2's decision-log layout, with front matter a just-the-docs site understands, so
/// that the record can live in a Git repository beside the product's documentation. It holds what a public decision
/// log holds: the record, the outcome and who voted how, never a vote's comment (the cards show a comment to its
/// author only). Every text from people goes through <see cref="MarkdownText"/>, so nothing in it runs on the site.
/// </summary>
public static class DecisionMarkdown
{
    /// <summary>"2026-11-27-budget-for-sikkerhedsopdateringer.md" (<see cref="PageNames.DecisionFileName"/>).</summary>
    public static string FileName(Decision decision, TimeZoneInfo zone) => DecisionFileName(decision, zone);

    /// <summary>Each decision's file name in one export (<see cref="PageNames.DecisionFileNames"/>).</summary>
    public static IReadOnlyDictionary<DecisionNumber, string> FileNames(IReadOnlyList<Decision> decisions, TimeZoneInfo zone) =>
        DecisionFileNames(decisions, zone);

    /// <param name="link">The decision's stable link, which unfolds into its card in Teams for the community's people.</param>
    /// <param name="releases">The versions that carried it out, each linking its page in the export's releases folder (which links back).</param>
    public static string Page(Texts texts, Decision d, IReadOnlyList<Vote> votes, TimeZoneInfo zone, int navOrder, Uri? link = null,
        IReadOnlyList<string>? releases = null)
    {
        var md = new StringBuilder();
        md.Append("---\n");
        md.Append(CultureInfo.InvariantCulture, $"title: {MarkdownText.Yaml($"{d.Number} {d.Draft.Title}")}\n");
        md.Append(CultureInfo.InvariantCulture, $"parent: {MarkdownText.Yaml(texts.ExportParent)}\n");
        md.Append(CultureInfo.InvariantCulture, $"nav_order: {navOrder}\n");
        md.Append(CultureInfo.InvariantCulture, $"decision: {MarkdownText.Yaml(d.Number.ToString())}\n");
        md.Append(CultureInfo.InvariantCulture, $"status: {MarkdownText.Yaml(texts.StatusName(d.Status))}\n");
        md.Append(CultureInfo.InvariantCulture, $"date: {TimeZoneInfo.ConvertTime(d.ProposedAt, zone):yyyy-MM-dd}\n");
        md.Append("---\n\n");
        md.Append(CultureInfo.InvariantCulture, $"# {d.Number} {MarkdownText.Inline(d.Draft.Title)}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"| | |\n|---|---|\n");
        Row(md, texts.FactStatus, texts.StatusName(d.Status));
        Row(md, texts.FactProposed, texts.DateTime(d.ProposedAt, zone));
        Row(md, texts.FactType, texts.TypeName(d.Draft.Type));
        Row(md, texts.FactBody, texts.BodyName(d.Draft.Body));
        Row(md, texts.FactRule, texts.RuleName(d.Draft.Rule));
        Row(md, texts.FactDeadline, texts.DateTime(d.Draft.Deadline, zone));
        Row(md, texts.FactProposer, d.ProposerName);
        if (link is not null)
        {
            Row(md, texts.SearchInTeams, link.AbsoluteUri);
        }

        if (d.Draft.Supersedes is { } old)
        {
            Row(md, texts.FactSupersedes, old.ToString());
        }

        if (d.SupersededBy is { } newer)
        {
            Row(md, texts.FactSupersededBy, newer.ToString());
        }

        if (d.ClosedAt is { } closed)
        {
            Row(md, texts.FactOutcome, DecisionCard.Outcome(texts, d));
            Row(md, texts.FactClosed, texts.DateTime(closed, zone));
        }

        if (releases is { Count: > 0 })
        {
            RawRow(md, texts.FactCarriedOutIn, string.Join(", ", releases.Select(v => Domain.Releases.ReleaseVersion.TryParse(v) is { } version
                ? $"[{MarkdownText.Inline(v)}]({Slug(texts.ReleasesTitle)}/{ReleaseFileName(version)[..^3]})"
                : MarkdownText.Inline(v))));
        }

        Section(md, texts.SectionContext, d.Draft.Context);
        Section(md, texts.SectionDecision, d.Draft.Proposal);
        Section(md, texts.SectionConsequences, d.Draft.Consequences);
        Section(md, texts.SectionImplementation, d.Draft.Implementation);
        Section(md, texts.SectionRisks, d.Draft.Risks);

        var tally = Tally.Count(votes, [.. votes.Select(v => v.VoterId)]);
        md.Append(CultureInfo.InvariantCulture, $"\n## {texts.TallyLine(tally.Approve, tally.Reject, tally.Abstain, tally.Object)}\n\n");
        foreach (var vote in votes.OrderBy(v => v.CastAt))
        {
            md.Append(CultureInfo.InvariantCulture, $"- {MarkdownText.Inline(vote.VoterName)} – {MarkdownText.Inline(texts.VoteName(vote.Choice))}\n");
        }

        return md.ToString();
    }

    /// <summary>The index page: every decision, newest first, linking to its page.</summary>
    public static string Index(Texts texts, IReadOnlyList<Decision> decisions, TimeZoneInfo zone)
    {
        var md = new StringBuilder();
        md.AppendSectionFrontMatter(texts.ExportParent, 1);
        md.Append(CultureInfo.InvariantCulture, $"# {texts.DecisionsTitle}\n\n");
        md.AppendTableHead(texts.FactDecisionNumber, texts.DecisionTitleLabel, texts.FactStatus, texts.FactType, texts.FactBody, texts.FactProposed);
        var files = FileNames(decisions, zone);
        foreach (var d in decisions)
        {
            var file = files[d.Number];
            md.Append(CultureInfo.InvariantCulture,
                $"| [{d.Number}]({file[..^3]}) | {MarkdownText.Inline(d.Draft.Title)} | {texts.StatusName(d.Status)} | {texts.TypeName(d.Draft.Type)} | {texts.BodyName(d.Draft.Body)} | {TimeZoneInfo.ConvertTime(d.ProposedAt, zone):yyyy-MM-dd} |\n");
        }

        return md.ToString();
    }

    private static void Row(StringBuilder md, string name, string value) =>
        md.Append(CultureInfo.InvariantCulture, $"| {MarkdownText.Inline(name)} | {MarkdownText.Inline(value)} |\n");

    // A value that is Markdown already (links whose texts went through MarkdownText).
    private static void RawRow(StringBuilder md, string name, string markdown) =>
        md.Append(CultureInfo.InvariantCulture, $"| {MarkdownText.Inline(name)} | {markdown} |\n");

    private static void Section(StringBuilder md, string heading, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            md.Append(CultureInfo.InvariantCulture, $"\n## {MarkdownText.Inline(heading)}\n\n{MarkdownText.Block(text)}\n");
        }
    }
}
