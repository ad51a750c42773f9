using CoordinatorBot.Domain.Guides;
using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Cards.Guides;

/// <summary>
/// The approved guides and cases as just-the-docs pages in a section of their own: an index (guides, then cases) and a
/// page each. A case names its contact only with their consent; nothing else names a person. Every text is made inert.
/// </summary>
public static class GuideMarkdown
{
    public const int NavOrder = 8;

    public static string Folder(Texts texts) => PageNames.Slug(texts.GuideSiteTitle);

    public static string FileName(Guide guide) => $"{guide.Number:000}-{PageNames.Slug(guide.Title)}.md";

    public static string Index(Texts texts, IReadOnlyList<Guide> approved)
    {
        var md = new StringBuilder();
        md.AppendSectionFrontMatter(texts.GuideSiteTitle, NavOrder);
        md.Append(CultureInfo.InvariantCulture, $"# {MarkdownText.Inline(texts.GuideSiteTitle)}\n\n{MarkdownText.Inline(texts.GuideSiteIntro)}\n\n");
        foreach (var kind in new[] { GuideKind.Guide, GuideKind.Case })
        {
            var of = approved.Where(g => g.Kind == kind).OrderBy(g => g.Number).ToList();
            if (of.Count == 0)
            {
                continue;
            }

            md.Append(CultureInfo.InvariantCulture, $"## {MarkdownText.Inline(kind == GuideKind.Case ? texts.CaseListTitle : texts.GuideListTitle)}\n\n");
            foreach (var guide in of)
            {
                var about = kind == GuideKind.Case && guide.Municipality is { } m ? $" · {MarkdownText.Inline(Municipalities.OfficialName(m))}" : string.Empty;
                md.Append(CultureInfo.InvariantCulture, $"- [{MarkdownText.Inline(guide.Title)}]({FileName(guide)[..^3]}){about}\n");
            }

            md.Append('\n');
        }

        return md.ToString();
    }

    public static string Page(Texts texts, Guide guide, bool namesContact, string? meeting)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture,
            $"---\ntitle: {MarkdownText.Yaml(guide.Title)}\nparent: {MarkdownText.Yaml(texts.GuideSiteTitle)}\nnav_order: {guide.Number}\n---\n\n");
        md.Append(CultureInfo.InvariantCulture, $"# {MarkdownText.Inline(guide.Title)}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"*{MarkdownText.Inline(texts.GuideKindName(guide.Kind))}*\n\n");
        void Fact(string label, string value) =>
            md.Append(CultureInfo.InvariantCulture, $"**{MarkdownText.Inline(label)}:** {MarkdownText.Inline(value)}  \n");
        if (guide.Kind == GuideKind.Case)
        {
            if (guide.Municipality is { } m)
            {
                Fact(texts.GuideFactMunicipality, Municipalities.OfficialName(m));
            }

            if (namesContact && guide.ContactName is { } contact)
            {
                Fact(texts.GuideFactContact, contact);
            }

            if (meeting is not null)
            {
                Fact(texts.GuideFactMeeting, meeting);
            }
        }
        else if (guide.Audience is { } audience)
        {
            Fact(texts.GuideFactAudience, audience);
        }

        md.Append('\n');
        md.Append(CultureInfo.InvariantCulture, $"## {MarkdownText.Inline(guide.Kind == GuideKind.Case ? texts.CaseTextHeading : texts.GuideStepsHeading)}\n\n");
        md.Append(MarkdownText.Block(guide.Text)).Append("\n\n");
        if (guide.Results is { } results)
        {
            md.Append(CultureInfo.InvariantCulture, $"## {MarkdownText.Inline(texts.CaseResultsHeading)}\n\n");
            md.Append(MarkdownText.Block(results)).Append("\n\n");
        }

        if (guide.Links.Count > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"## {MarkdownText.Inline(texts.GuideLinksHeading)}\n\n");
            foreach (var link in guide.Links)
            {
                if (Uri.TryCreate(link, UriKind.Absolute, out var uri))
                {
                    md.Append(CultureInfo.InvariantCulture, $"- [{MarkdownText.Inline(uri.Host)}]({Inert(uri)})\n");
                }
            }

            md.Append('\n');
        }

        return md.ToString();
    }

    // A link's address in the page: characters that could end the link or start Liquid or HTML are percent-encoded.
    private static string Inert(Uri uri)
    {
        var address = new StringBuilder();
        foreach (var c in uri.AbsoluteUri)
        {
            address.Append(c is '{' or '}' or '(' or ')' or '<' or '>' or '"' or '\'' or ' ' or '\\' or '[' or ']' or '|'
                ? $"%{(int)c:X2}"
                : c.ToString());
        }

        return address.ToString();
    }
}
