using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Cards.Backlog;

/// <summary>
/// The backlog as just-the-docs pages next to the decision log: an index by MoSCoW class, a page per item with its
/// acceptance criteria and history, and a page of the open wishes by support. Names of people are left out, as a
/// public page needs none.
/// </summary>
public static class BacklogMarkdown
{
    public static string FileName(BacklogItem item) => PageNames.ItemFileName(item.Number, item.Title);

    public static string Index(Texts texts, IReadOnlyList<BacklogItem> items)
    {
        var md = new StringBuilder();
        md.AppendSectionFrontMatter(texts.BoardTitle, 2);
        md.Append(CultureInfo.InvariantCulture, $"# {texts.BoardTitle}\n\n");
        foreach (var moscow in Enum.GetValues<MoscowClass>())
        {
            var inClass = items.Where(i => i.Class == moscow).OrderBy(i => i.Number).ToList();
            if (inClass.Count == 0)
            {
                continue;
            }

            md.Append(CultureInfo.InvariantCulture, $"## {texts.ClassName(moscow)}\n\n");
            md.AppendTableHead("#", texts.WishTitleLabel, texts.FactStatus, texts.FactEstimate, texts.ItemSupplierLabel);
            foreach (var i in inClass)
            {
                md.Append(CultureInfo.InvariantCulture,
                    $"| [{i.Number}]({FileName(i)[..^3]}) | {MarkdownText.Inline(i.Title)} | {texts.ItemStatusName(i.Status)} | {MarkdownText.Inline(BudgetWords.EstimateText(texts, i.Estimate))} | {MarkdownText.Inline(i.Supplier)} |\n");
            }

            md.Append('\n');
        }

        return md.ToString();
    }

    public static string Page(Texts texts, BacklogItem item, TimeZoneInfo zone)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"---\ntitle: {MarkdownText.Yaml($"#{item.Number} {item.Title}")}\nparent: {MarkdownText.Yaml(texts.BoardTitle)}\n");
        md.Append(CultureInfo.InvariantCulture, $"nav_order: {item.Number}\nstatus: {MarkdownText.Yaml(texts.ItemStatusName(item.Status))}\n---\n\n");
        md.Append(CultureInfo.InvariantCulture, $"# #{item.Number} {MarkdownText.Inline(item.Title)}\n\n| | |\n|---|---|\n");
        Row(md, texts.FactStatus, texts.ItemStatusName(item.Status));
        Row(md, texts.ItemClassLabel, texts.ClassName(item.Class));
        Row(md, texts.FactEstimate, BudgetWords.EstimateText(texts, item.Estimate));
        Row(md, texts.ItemSupplierLabel, item.Supplier);
        Row(md, texts.FactMunicipalities, string.Join(", ", item.Municipalities.Select(Municipalities.OfficialName)));
        if (item.DecisionNumber is { } decision)
        {
            Row(md, texts.FactDecision, decision);
        }

        if (item.IssueUrl is { } issue)
        {
            Row(md, texts.FactIssue, issue);
        }

        // The release that shipped it, linked to its page in the releases' folder (which has a page for every version an item names).
        if (Domain.Releases.ReleaseVersion.TryParse(item.ReleaseVersion) is { } release)
        {
            md.Append(CultureInfo.InvariantCulture,
                $"| {texts.FactRelease} | [{MarkdownText.Inline(release.Text)}](../{PageNames.Slug(texts.ReleasesTitle)}/{PageNames.ReleaseFileName(release)[..^3]}) |\n");
        }

        md.Append(CultureInfo.InvariantCulture, $"\n## {texts.WishNeedLabel}\n\n{MarkdownText.Block(item.Need)}\n\n## {texts.ItemCriteriaHeading}\n\n");
        foreach (var criterion in item.Criteria)
        {
            md.Append(CultureInfo.InvariantCulture, $"- [{(criterion.Met ? "x" : " ")}] {MarkdownText.Inline(criterion.Text)}\n");
        }

        md.Append(CultureInfo.InvariantCulture, $"\n## {texts.ItemHistoryHeading}\n\n");
        foreach (var change in item.History)
        {
            var what = change.Kind switch
            {
                ItemChangeKind.Accepted => texts.ItemChangeAccepted,
                ItemChangeKind.Estimated => texts.ItemChangeEstimated(change.Detail ?? string.Empty),
                ItemChangeKind.Escalated => texts.ItemChangeEscalated(change.Detail ?? string.Empty),
                ItemChangeKind.DecidedBySteeringGroup => texts.ItemChangeDecided(change.Detail ?? string.Empty, texts.ItemStatusName(change.Status ?? ItemStatus.New)),
                _ => texts.ItemChangeMoved(texts.ItemStatusName(change.Status ?? ItemStatus.New)),
            };
            md.Append(CultureInfo.InvariantCulture, $"- {texts.DateTime(change.At, zone)}: {MarkdownText.Inline(what)}\n");
        }

        return md.ToString();
    }

    public static string Wishes(Texts texts, IReadOnlyList<WishRow> wishes)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"---\ntitle: {MarkdownText.Yaml(texts.WishListTitle)}\nparent: {MarkdownText.Yaml(texts.BoardTitle)}\nnav_order: 0\n---\n\n");
        md.Append(CultureInfo.InvariantCulture, $"# {texts.WishListTitle}\n\n");
        md.AppendTableHead("#", texts.WishTitleLabel, texts.FactMunicipalities, texts.WishImportanceLabel);
        foreach (var row in wishes)
        {
            md.Append(CultureInfo.InvariantCulture,
                $"| {row.Wish.Number} | {MarkdownText.Inline(row.Wish.Title)} | {MarkdownText.Inline(string.Join(", ", row.Municipalities.Select(Municipalities.OfficialName)))} | {texts.ImportanceName(row.Wish.Importance)} |\n");
        }

        return md.ToString();
    }

    private static void Row(StringBuilder md, string title, string value) =>
        md.Append(CultureInfo.InvariantCulture, $"| {MarkdownText.Inline(title)} | {MarkdownText.Inline(value)} |\n");
}
