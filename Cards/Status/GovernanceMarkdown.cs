using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Cards.Status;

/// <summary>
/// The governance report as a page in the checklist's own layout: sections R, F, S, G, each a table of mark, id,
/// title, evidence and level, as OS2's governance report template has it.
/// </summary>
public static class GovernanceMarkdown
{
    public const int NavOrder = 4;

    public static string FileName(Texts texts) => $"{PageNames.Slug(texts.GovernanceTitle)}.md";

    /// <summary>The template's mark symbols; an item not yet assessed has an empty mark.</summary>
    public static string Symbol(GovernanceMark mark) => mark switch
    {
        GovernanceMark.Met => "✅",
        GovernanceMark.NotMet => "❌",
        GovernanceMark.NotRelevant => "➖",
        GovernanceMark.Unclear => "❓",
        _ => " ",
    };

    public static string Page(Texts texts, GovernanceReport report)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"---\ntitle: {MarkdownText.Yaml(texts.GovernanceTitle)}\nnav_order: {NavOrder}\n---\n\n");
        md.Append(CultureInfo.InvariantCulture, $"# {texts.GovernanceTitle}\n\n");
        var missing = report.MissingFor(report.TargetLevel);
        md.Append(MarkdownText.Inline(missing.Count == 0
            ? texts.GovernanceTargetMet(texts.GovernanceLevelName(report.TargetLevel))
            : texts.GovernanceTargetMissing(texts.GovernanceLevelName(report.TargetLevel), missing.Count, string.Join(", ", missing.Select(i => i.Id)))));
        md.Append("\n\n");
        var columns = texts.GovernanceExportColumns.Split('|');
        foreach (var section in Enum.GetValues<GovernanceSection>())
        {
            md.Append(CultureInfo.InvariantCulture, $"## {texts.GovernanceSectionName(section)}\n\n");
            md.Append(CultureInfo.InvariantCulture, $"| {string.Join(" | ", columns)} |\n|---|---|---|---|---|\n");
            foreach (var item in GovernanceChecklist.Items.Where(i => i.Section == section))
            {
                var entry = report.Entry(item.Id);
                md.Append(CultureInfo.InvariantCulture,
                    $"| {Symbol(entry?.Mark ?? GovernanceMark.NotAssessed)} | {item.Id} | {MarkdownText.Inline(item.Title)} | {MarkdownText.Inline(entry?.Evidence)} | {texts.GovernanceLevelName(item.Level)} |\n");
            }

            md.Append('\n');
        }

        return md.ToString();
    }
}
