namespace CoordinatorBot.Cards.Releases;

/// <summary>
/// The releases as just-the-docs pages of the export (a folder "versioner"): an index newest first and a page per
/// version, linking to the backlog items it delivered (in the backlog's folder) and the decisions it carried out (the
/// decision log's pages); the items' and decisions' pages link back. No person's name.
/// </summary>
public static class ReleasesMarkdown
{
    public const int NavOrder = 3;

    public static string Folder(Texts texts) => PageNames.Slug(texts.ReleasesTitle);

    public static string Index(Texts texts, IReadOnlyList<ReleaseExportPage> pages)
    {
        var md = new StringBuilder();
        md.AppendSectionFrontMatter(texts.ReleasesTitle, NavOrder);
        md.Append(CultureInfo.InvariantCulture, $"# {texts.ReleasesTitle}\n\n{texts.ReleasesExportIntro}\n\n");
        md.AppendTableHead(texts.ReleaseFactVersion, texts.ReleaseFactDate, texts.ReleaseSummaryLabel, texts.ReleaseItemsHeading);
        foreach (var page in pages)
        {
            md.Append(CultureInfo.InvariantCulture,
                $"| [{MarkdownText.Inline(page.Version.Text)}]({PageNames.ReleaseFileName(page.Version)[..^3]}) | {(page.Release is { } r ? texts.Date(r.Date) : texts.ReleaseUnreleased)} | {MarkdownText.Inline(page.Release?.Summary)} | {page.Items.Count} |\n");
        }

        return md.ToString();
    }

    public static string Page(Texts texts, ReleaseExportPage page, int navOrder)
    {
        var board = PageNames.Slug(texts.BoardTitle);
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"---\ntitle: {MarkdownText.Yaml($"{texts.ReleaseFactVersion} {page.Version.Text}")}\nparent: {MarkdownText.Yaml(texts.ReleasesTitle)}\n");
        md.Append(CultureInfo.InvariantCulture, $"nav_order: {navOrder}\n---\n\n# {texts.ReleaseFactVersion} {MarkdownText.Inline(page.Version.Text)}\n\n");
        if (page.Release is { } release)
        {
            md.Append(CultureInfo.InvariantCulture, $"{MarkdownText.Block(release.Summary)}\n\n| | |\n|---|---|\n");
            md.Append(CultureInfo.InvariantCulture, $"| {texts.ReleaseFactDate} | {texts.Date(release.Date)} |\n");
            md.Append(CultureInfo.InvariantCulture,
                $"| {texts.ReleaseFactSource} | {(release.Source == Domain.Releases.ReleaseSource.GitHub ? texts.ReleaseSourceGitHub : texts.ReleaseSourceCoordinator)} |\n\n");
        }
        else
        {
            md.Append(CultureInfo.InvariantCulture, $"{texts.ReleaseUnreleased}\n\n");
        }

        md.Append(CultureInfo.InvariantCulture, $"## {texts.ReleaseItemsHeading}\n\n");
        if (page.Items.Count == 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"{texts.ReleaseNoItems}\n\n");
        }

        foreach (var item in page.Items)
        {
            var asked = item.Municipalities.Count > 0 ? $" ({texts.ReleaseAskedBy(texts.Count(item.Municipalities.Count, Unit.Municipality))})" : string.Empty;
            md.Append(CultureInfo.InvariantCulture,
                $"- [#{item.Number}](../{board}/{PageNames.ItemFileName(item.Number, item.Title)[..^3]}) {MarkdownText.Inline(item.Title)}{asked}\n");
        }

        if (page.Decisions.Count > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n## {texts.ReleaseDecisionsHeading}\n\n");
            foreach (var (number, title, file) in page.Decisions)
            {
                md.Append(file is null
                    ? $"- {MarkdownText.Inline(number)} {MarkdownText.Inline(title)}\n"
                    : $"- [{MarkdownText.Inline(number)}](../{file[..^3]}) {MarkdownText.Inline(title)}\n");
            }
        }

        if (page.Release is { Notes.Length: > 0 } noted)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n## {texts.ReleaseNotesHeading}\n\n{MarkdownText.Block(noted.Notes)}\n");
        }

        return md.ToString();
    }

    /// <summary>The releases as a CSV (UTF-8 with BOM, formulas neutralised).</summary>
    public static byte[] Csv(Texts texts, IReadOnlyList<ReleaseExportPage> pages)
    {
        var csv = new StringBuilder();
        CsvText.Line(csv, texts.ReleaseFactVersion, texts.ReleaseFactDate, texts.ReleaseSummaryLabel, texts.ReleaseItemsHeading, texts.ReleaseDecisionsHeading);
        foreach (var page in pages.Where(p => p.Release is not null))
        {
            CsvText.Line(csv, page.Version.Text, page.Release!.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), page.Release.Summary,
                string.Join(", ", page.Items.Select(i => $"#{i.Number}")), string.Join(", ", page.Decisions.Select(d => d.Number)));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }
}
