using Markdig.Syntax.Inlines;
using Markdig.Syntax;
using Markdig;
using YamlDotNet.Serialization;

namespace CoordinatorBot.Tests.Guides;

/// <summary>
/// The guides' export pages with hostile text: nothing for Liquid or HTML to run, front matter that stays YAML, links
/// only where a guide has them (as web addresses), the index's links resolving to the pages.
/// </summary>
[Trait("Category", "Unit")]
public sealed class GuideExportTests
{
    private static readonly Texts Danish = new(Language.Danish);
    private const string Hostile = "{{ site.data }} {% raw %}x{% endraw %} <script>alert(1)</script>\n--- \n# \"title\": [a](javascript:b)";

    private static readonly Guide Case = new()
    {
        Number = 7, Kind = GuideKind.Case, Title = Hostile.Split('\n')[0], Municipality = "Aarhus", Text = Hostile, Results = Hostile,
        Links = ["https://os2.eu/{{x}}/(a)<b>\"c'", "http://example.org/?q={% x %}"], ContactId = "aad-ole", ContactName = "<i>Ole</i> {{ y }}",
        Status = GuideStatus.Approved, ProposedById = "aad-ida", ProposedByName = "Ida", ProposedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void A_hostile_page_leaves_nothing_for_Liquid_or_HTML_and_links_only_to_the_guides_addresses()
    {
        var page = GuideMarkdown.Page(Danish, Case, namesContact: true, "Brugerklubmøde {{ z }}");

        Assert.Equal(page, JekyllPage.Liquid(page));
        Assert.DoesNotContain("{", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<", page, StringComparison.Ordinal);
        var (yaml, body) = JekyllPage.FrontMatter(page);
        var values = new DeserializerBuilder().Build().Deserialize<Dictionary<string, string>>(yaml);
        Assert.Equal(["title", "parent", "nav_order"], values.Keys);
        Assert.Contains("site.data", values["title"], StringComparison.Ordinal);
        var document = Markdown.Parse(body, JekyllPage.Pipeline);
        Assert.Empty(document.Descendants<HtmlBlock>());
        Assert.Empty(document.Descendants<HtmlInline>());
        Assert.Empty(document.Descendants<ThematicBreakBlock>());
        Assert.Equal(["os2.eu", "example.org"], document.Descendants<LinkInline>().Select(l => string.Concat(l.Descendants<LiteralInline>().Select(t => t.Content.ToString()))));
        Assert.All(document.Descendants<LinkInline>(), l => Assert.StartsWith("http", l.Url, StringComparison.Ordinal));
        var text = Markdown.ToPlainText(body, JekyllPage.Pipeline);
        Assert.Contains("<i>Ole</i> {{ y }}", text, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_consent_the_page_names_no_contact_and_the_index_links_each_page()
    {
        var page = GuideMarkdown.Page(Danish, Case, namesContact: false, null);
        Assert.DoesNotContain("Ole", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Ida", page, StringComparison.Ordinal);

        var guide = Case with { Number = 8, Kind = GuideKind.Guide, Title = "Sådan logger du ind", Municipality = null, Results = null, Audience = "Alle" };
        var index = GuideMarkdown.Index(Danish, [Case, guide]);
        var links = Markdown.Parse(JekyllPage.FrontMatter(index).Body, JekyllPage.Pipeline).Descendants<LinkInline>().Select(l => l.Url).ToList();
        Assert.Equal([GuideMarkdown.FileName(guide)[..^3], GuideMarkdown.FileName(Case)[..^3]], links);
        Assert.Contains("## Brugercases", index, StringComparison.Ordinal);
        Assert.Equal(index, JekyllPage.Liquid(index));
    }
}
