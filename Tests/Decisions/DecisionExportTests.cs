using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Serialization;

namespace CoordinatorBot.Tests.Decisions;

/// <summary>
/// The export's Markdown pages and CSV, as a just-the-docs site and a spreadsheet would read them: Liquid (DotLiquid,
/// a port of the Liquid that Jekyll runs), Markdown (Markdig) and YAML front matter (YamlDotNet).
/// </summary>
[Trait("Category", "Unit")]
public sealed class DecisionExportTests
{
    private static readonly Texts Danish = new(Language.Danish);

    [Fact]
    public void The_Liquid_engine_does_run_tags_so_an_unchanged_page_means_none_were_left()
    {
        Assert.NotEqual("{{ site.data }} x", JekyllPage.Liquid("{{ site.data }} x"));
        Assert.NotEqual("{% if true %}y{% endif %}", JekyllPage.Liquid("{% if true %}y{% endif %}"));
    }

    [Fact]
    public void A_hostile_decision_page_leaves_nothing_for_Liquid_or_HTML_to_run()
    {
        var page = HostilePage();

        Assert.Equal(page, JekyllPage.Liquid(page));
        Assert.DoesNotContain("{", page, StringComparison.Ordinal);
        Assert.DoesNotContain("}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<", page, StringComparison.Ordinal);
        var body = JekyllPage.Body(page);
        var document = Markdig.Markdown.Parse(body, JekyllPage.Pipeline);
        Assert.Empty(document.Descendants<HtmlBlock>());
        Assert.Empty(document.Descendants<HtmlInline>());
        Assert.Empty(document.Descendants<LinkInline>());
        Assert.Empty(document.Descendants<AutolinkInline>());
        Assert.Empty(document.Descendants<CodeBlock>());
        Assert.Empty(document.Descendants<CodeInline>());
        Assert.Empty(document.Descendants<ThematicBreakBlock>());
        Assert.Empty(document.Descendants<LinkReferenceDefinition>());
        var html = Markdig.Markdown.ToHtml(body, JekyllPage.Pipeline);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<i>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_hostile_decision_page_keeps_its_structure_and_shows_the_text_as_written()
    {
        var page = HostilePage();
        var document = Markdig.Markdown.Parse(JekyllPage.Body(page), JekyllPage.Pipeline);

        // One title, the sections and the tally: nothing from the data became a heading, rule or ordered list.
        var headings = document.Descendants<HeadingBlock>().Select(h => (h.Level, Plain(h))).ToList();
        Assert.Equal(1, headings.Count(h => h.Level == 1));
        Assert.Equal(["Kontekst", "Beslutning", "Konsekvenser", "Implementering og ansvarlig", "Risici"],
            headings.Where(h => h.Level == 2).Select(h => h.Item2).Take(5));
        Assert.Equal(7, headings.Count);
        Assert.DoesNotContain(document.Descendants<ListBlock>(), l => l.IsOrdered);
        var facts = document.Descendants<Table>().Single();
        Assert.All(facts.Descendants<TableRow>(), row => Assert.Equal(2, row.Count));

        // The reader sees exactly what was typed.
        var text = Markdig.Markdown.ToPlainText(JekyllPage.Body(page), JekyllPage.Pipeline);
        foreach (var line in ExportSamples.Context.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            Assert.Contains(line, text, StringComparison.Ordinal);
        }

        Assert.Contains("B-2026-014 <script>alert(1)</script> {{ site.data }} --- layout: evil \"title\": x", text, StringComparison.Ordinal);
        Assert.Contains("{% raw %}Karen{% endraw %} <i>Jensen</i>", text, StringComparison.Ordinal);
        Assert.Contains("<i>Bob</i> {{ x }} – Godkend", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_is_valid_YAML_with_only_the_pages_own_keys_whatever_the_title_holds()
    {
        var page = HostilePage();

        var (yaml, _) = JekyllPage.FrontMatter(page);
        var values = new DeserializerBuilder().Build().Deserialize<Dictionary<string, string>>(yaml);

        Assert.Equal(["title", "parent", "nav_order", "decision", "status", "date"], values.Keys);
        Assert.Equal("B-2026-014 &lt;script&gt;alert(1)&lt;/script&gt; &#123;&#123; site.data &#125;&#125; --- layout: evil \"title\": x", values["title"]);
        Assert.Equal("B-2026-014", values["decision"]);
        Assert.Equal("Accepteret", values["status"]);
    }

    [Fact]
    public void No_vote_comment_reaches_the_page_or_the_CSV_even_when_the_votes_carry_one()
    {
        var page = HostilePage();
        var csv = Csv([ExportSamples.Hostile()]);

        Assert.DoesNotContain(ExportSamples.SecretComment, page, StringComparison.Ordinal);
        Assert.DoesNotContain(ExportSamples.SecretComment, csv, StringComparison.Ordinal);
        Assert.Contains("- Carl – Indsigelse\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_page_escapes_titles_and_keeps_one_row_per_decision()
    {
        var index = DecisionMarkdown.Index(Danish, [ExportSamples.Hostile(), ExportSamples.Danish()], ExportSamples.Zone);

        Assert.Equal(index, JekyllPage.Liquid(index));
        Assert.DoesNotContain("<", index, StringComparison.Ordinal);
        var document = Markdig.Markdown.Parse(JekyllPage.Body(index), JekyllPage.Pipeline);
        Assert.Empty(document.Descendants<HtmlInline>());
        var table = document.Descendants<Table>().Single();
        Assert.Equal(3, table.Count);
        Assert.All(table.Descendants<TableRow>(), row => Assert.Equal(6, row.Count));
        Assert.Equal(["2026-11-27-script-alert-1-script-site-data-layout-evil-title-x", "2026-11-27-faelles-testmiljoe-for-os2mo-1-marts"],
            document.Descendants<LinkInline>().Select(l => l.Url));
    }

    [Fact]
    public void Two_decisions_with_the_same_day_and_title_get_two_files_and_two_links()
    {
        var first = ExportSamples.Danish();
        var second = first with { Number = new CoordinatorBot.Domain.Decisions.DecisionNumber(2026, 16) };

        var names = DecisionMarkdown.FileNames([second, first], ExportSamples.Zone);
        var index = DecisionMarkdown.Index(Danish, [second, first], ExportSamples.Zone);

        Assert.Equal("2026-11-27-faelles-testmiljoe-for-os2mo-1-marts.md", names[first.Number]);
        Assert.Equal("2026-11-27-faelles-testmiljoe-for-os2mo-1-marts-b-2026-016.md", names[second.Number]);
        Assert.Equal(["2026-11-27-faelles-testmiljoe-for-os2mo-1-marts-b-2026-016", "2026-11-27-faelles-testmiljoe-for-os2mo-1-marts"],
            Markdig.Markdown.Parse(JekyllPage.Body(index), JekyllPage.Pipeline).Descendants<LinkInline>().Select(l => l.Url));
    }

    [Fact]
    public void Csv_cells_that_a_spreadsheet_would_run_start_with_an_apostrophe()
    {
        var rows = ParseCsv(Csv([ExportSamples.Hostile(), ExportSamples.Danish()]));

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        var hostile = rows[1];
        Assert.Contains("'=HYPERLINK(\"http://x\")", hostile);
        Assert.Contains("'-2+3", hostile);
        Assert.Contains("'@SUM(A1)", hostile);
        Assert.Contains("'\t=1+1", hostile);
        Assert.Contains(hostile, c => c.StartsWith("'\r=cmd|", StringComparison.Ordinal));
        foreach (var cell in rows.SelectMany(r => r))
        {
            Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', $"A cell that runs: {cell}");
        }
    }

    [Fact]
    public void Ordinary_Danish_text_reads_as_written_in_the_page_and_the_CSV()
    {
        var page = DecisionMarkdown.Page(Danish, ExportSamples.Danish(), [], ExportSamples.Zone, 1);
        var rows = ParseCsv(Csv([ExportSamples.Danish()]));

        // The source stays readable: no entities for quotes, æøå or the dash.
        Assert.Contains("Styregruppen mødtes den 1. marts og sagde: \"Vi går videre\" – også med æøå og ÆØÅ.", page, StringComparison.Ordinal);
        Assert.Contains("title: \"B-2026-015 Fælles testmiljø for OS2mo – 1. marts\"", page, StringComparison.Ordinal);
        Assert.Contains("| Foreslået af | Søren Ærø-Åberg |", page, StringComparison.Ordinal);
        var body = JekyllPage.Body(page);
        var html = Markdig.Markdown.ToHtml(body, JekyllPage.Pipeline);
        Assert.DoesNotContain("<ol", html, StringComparison.Ordinal);
        Assert.Contains("<ul>", html, StringComparison.Ordinal);
        var text = Markdig.Markdown.ToPlainText(body, JekyllPage.Pipeline);
        Assert.Contains("1. marts 2027 er fristen.", text, StringComparison.Ordinal);
        Assert.Contains("2) Leverandøren svarer inden 14 dage.", text, StringComparison.Ordinal);
        Assert.Contains("Et nyt afsnit, hvor 5 > 3 & 2 < 4 – og 'citater' er med.", text, StringComparison.Ordinal);
        Assert.Contains("Vi bruger \"Fælles testmiljø\" fra 1. marts.", rows[1]);
        Assert.Contains("Søren Ærø-Åberg", rows[1]);
    }

    private static string HostilePage() =>
        DecisionMarkdown.Page(Danish, ExportSamples.Hostile(), ExportSamples.Votes(), ExportSamples.Zone, 3);

    private static string Csv(IReadOnlyList<CoordinatorBot.Domain.Decisions.Decision> decisions)
    {
        var bytes = DecisionCsv.Write(Danish, decisions, ExportSamples.Zone);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]);
    }

    private static string Plain(HeadingBlock heading) =>
        string.Concat(heading.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    /// <summary>RFC 4180 with semicolons: quoted cells may hold separators, quotes and line breaks.</summary>
    private static List<List<string>> ParseCsv(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ';')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }
}
