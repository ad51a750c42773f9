namespace CoordinatorBot.Cards.Common;

/// <summary>
/// The parts every just-the-docs page of the export writes alike: a section's front matter (its place in the site's
/// navigation, with pages below it) and a table's head. Values from people go through <see cref="MarkdownText"/> first.
/// </summary>
public static class MarkdownPages
{
    /// <summary>The front matter of a section's index page: its title, its place among the sections, and its pages below it.</summary>
    public static StringBuilder AppendSectionFrontMatter(this StringBuilder md, string title, int navOrder) =>
        md.Append(CultureInfo.InvariantCulture, $"---\ntitle: {MarkdownText.Yaml(title)}\nnav_order: {navOrder}\nhas_children: true\n---\n\n");

    /// <summary>A table's head row (the headings as given) and the rule under it that makes the lines a table.</summary>
    public static StringBuilder AppendTableHead(this StringBuilder md, params IReadOnlyList<string> headings) =>
        md.Append(CultureInfo.InvariantCulture, $"| {string.Join(" | ", headings)} |\n|{string.Concat(headings.Select(_ => "---|"))}\n");
}
