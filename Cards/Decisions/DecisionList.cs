using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Cards.Decisions;

/// <summary>One page of the decision log, newest first; pages rather than a card too large for Teams.</summary>
public static class DecisionList
{
    public const int PageSize = 10;

    /// <param name="filter">The filter as typed, carried by the paging buttons.</param>
    public static AdaptiveCard Compose(Texts texts, IReadOnlyList<Decision> matching, int page, string filter, TimeZoneInfo zone)
    {
        var pages = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var body = new List<CardElement> { Title(texts.DecisionsTitle) };
        if (filter.Length > 0)
        {
            body.Add(new TextBlock(texts.DecisionsFilter(filter)) { IsSubtle = true, Spacing = Spacing.None });
        }

        if (matching.Count == 0)
        {
            body.Add(Paragraph(texts.DecisionsEmpty));
            return Card(texts, texts.DecisionsTitle, body);
        }

        foreach (var d in matching.Skip((page - 1) * PageSize).Take(PageSize))
        {
            body.Add(new Container(
            [
                TextBlock.Markdown($"**{d.Number}** · {d.Draft.Title}"),
                new TextBlock($"{texts.StatusName(d.Status)} · {texts.TypeName(d.Draft.Type)} · {texts.BodyName(d.Draft.Body)} · {texts.Date(d.ProposedAt, zone)}")
                {
                    IsSubtle = true, Spacing = Spacing.None,
                },
                new ActionSet([Execute(texts, texts.DecisionsShow, CardVerbs.ShowDecision, (CardVerbs.DecisionKey, d.Number.ToString()))]),
            ])
            {
                Separator = true,
            });
        }

        body.Add(new TextBlock(texts.DecisionsPage(page, pages, texts.Count(matching.Count, Unit.Decision))) { IsSubtle = true, Spacing = Spacing.Medium });
        var actions = new List<CardAction>();
        if (page > 1)
        {
            actions.Add(Paging(texts, texts.DecisionsPrevious, page - 1, filter));
        }

        if (page < pages)
        {
            actions.Add(Paging(texts, texts.DecisionsNext, page + 1, filter));
        }

        return Card(texts, texts.DecisionsTitle, body, actions);
    }

    private static ExecuteAction Paging(Texts texts, string title, int page, string filter) =>
        Execute(texts, title, CardVerbs.DecisionsPage,
            (CardVerbs.PageKey, page.ToString(System.Globalization.CultureInfo.InvariantCulture)), (CardVerbs.FilterKey, filter));
}
