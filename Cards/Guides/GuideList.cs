using CoordinatorBot.Domain.Guides;
using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Cards.Guides;

/// <summary>
/// "guides" or "cases": the approved ones (matching the search words, newest first), each with *Vis*; below them the
/// proposals the person may see (all waiting ones for the coordinator, their own for a proposer) with their state.
/// </summary>
public static class GuideList
{
    public const int Shown = 15;

    public static AdaptiveCard Compose(Texts texts, GuideKind kind, string? search, IReadOnlyList<Guide> approved, IReadOnlyList<Guide> proposals,
        Notice? notice = null)
    {
        var title = kind == GuideKind.Case ? texts.CaseListTitle : texts.GuideListTitle;
        var body = BodyWith(notice);

        body.Add(Title(title));
        if (search is not null)
        {
            body.Add(new TextBlock(texts.GuideListSearch(search)) { IsSubtle = true, Spacing = Spacing.None });
        }

        if (approved.Count == 0)
        {
            body.Add(Paragraph(search is not null ? texts.GuideListNoMatch(search) : kind == GuideKind.Case ? texts.CaseListEmpty : texts.GuideListEmpty));
        }

        foreach (var guide in approved.Take(Shown))
        {
            body.Add(Row(texts, guide, null));
        }

        if (approved.Count > Shown)
        {
            body.Add(new TextBlock(texts.GuideListMore(approved.Count - Shown)) { IsSubtle = true });
        }

        if (proposals.Count > 0)
        {
            body.Add(Subtitle(texts.GuideListProposals));
            foreach (var guide in proposals.Take(Shown))
            {
                body.Add(Row(texts, guide, texts.GuideStatusName(guide.Status)));
            }

            if (proposals.Count > Shown)
            {
                body.Add(new TextBlock(texts.GuideListMore(proposals.Count - Shown)) { IsSubtle = true });
            }
        }

        return Card(texts, title, body);
    }

    private static Container Row(Texts texts, Guide guide, string? state)
    {
        var line = string.Join(" · ", new[]
        {
            guide.Kind == GuideKind.Case && guide.Municipality is { } m ? Municipalities.OfficialName(m) : guide.Audience,
            state,
        }.OfType<string>().Where(s => s.Length > 0));
        var items = new List<CardElement> { TextBlock.Markdown($"**#{guide.Number}** · {guide.Title}") };
        if (line.Length > 0)
        {
            items.Add(new TextBlock(Domain.Text.TextLimits.Clip(line, 160)!) { IsSubtle = true, Spacing = Spacing.None });
        }

        items.Add(new ActionSet([Execute(texts, texts.GuideShowButton, CardVerbs.GuideShow,
            (CardVerbs.GuideKey, guide.Number.ToString(CultureInfo.InvariantCulture))) with { AssociatedInputs = AssociatedInputs.None }]));
        return new Container(items) { Separator = true };
    }
}
