using System.Globalization;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Cards.Model;
using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Domain.Text;
using CoordinatorBot.Domain.Week;
using static CoordinatorBot.Cards.Composers.CardParts;

namespace CoordinatorBot.Cards.Composers;

/// <summary>"ønsker": open wishes by the number of municipalities supporting them, then age; support, triage and merge.</summary>
public static class WishList
{
    public const string OnBehalfInput = "onBehalf";
    public const string ClassInput = "moscow";
    public const string HoursInput = "hours";
    public const string DkkInput = "dkk";
    public const string SupplierInput = "supplier";
    public const string CriteriaInput = "criteria";
    public const string ReasonInput = "reason";
    public const string MergeInput = "mergeInto";

    public static AdaptiveCard Compose(Texts texts, WishListView view, Notice? notice = null)
    {
        var body = new List<CardElement>();
        if (notice is not null)
        {
            body.Add(Notice(notice.Text, notice.IsProblem));
        }

        body.Add(Title(texts.WishListTitle));
        body.Add(new TextBlock(texts.WishListIntro(texts.Count(view.Threshold, Unit.Municipality))) { IsSubtle = true });
        if (view.Filter is { Length: > 0 } filter)
        {
            body.Add(new TextBlock(texts.WishListFiltered(filter)) { IsSubtle = true, Spacing = Spacing.None });
        }

        if (view.Rows.Count == 0)
        {
            body.Add(Paragraph(texts.WishListEmpty));
        }

        foreach (var row in view.Rows)
        {
            body.Add(Row(texts, view, row));
        }

        var actions = new List<CardAction>();
        var pages = (view.Total + WishListView.PageSize - 1) / WishListView.PageSize;
        if (view.Page > 0)
        {
            actions.Add(Page(texts, texts.WishesPrevious, view.Page - 1, view.Filter));
        }

        if (view.Page + 1 < pages)
        {
            actions.Add(Page(texts, texts.WishesNext, view.Page + 1, view.Filter));
        }

        actions.Add(RunCommand(texts, texts.CommandWords(CommandIds.WishNew)[0], CommandIds.WishNew));
        return Card(texts, texts.WishListTitle, body, actions);
    }

    private static Container Row(Texts texts, WishListView view, WishRow row)
    {
        var wish = row.Wish;
        var number = wish.Number.ToString(CultureInfo.InvariantCulture);
        var items = new List<CardElement>
        {
            TextBlock.Markdown($"**#{wish.Number}** · {wish.Title}"),
            new TextBlock(texts.WishLine(texts.Count(row.Municipalities.Count, Unit.Municipality), texts.ImportanceName(wish.Importance),
                wish.RaisedByName)) { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock(texts.JoinList(row.Municipalities.Select(Municipalities.OfficialName))) { Spacing = Spacing.None, IsSubtle = true },
            new TextBlock(wish.Need) { Spacing = Spacing.Small, MaxLines = 3 },
        };
        if (row.IsReady)
        {
            items.Insert(1, new TextBlock(texts.WishReady) { Weight = TextWeight.Bolder, Color = TextColor.Good, Spacing = Spacing.None });
        }

        var actions = new List<CardAction>();
        if (view.SupportFor is { } own && !row.Municipalities.Contains(own))
        {
            actions.Add(Execute(texts, texts.WishSupport, CardVerbs.WishSupport, (CardVerbs.WishKey, number)) with
            {
                AssociatedInputs = AssociatedInputs.None,
            });
        }

        if (view.OnBehalf)
        {
            actions.Add(new ShowCardAction(texts.WishSupportOnBehalf, SubCard(
                [new ChoiceSetInput(texts.WishOnBehalfLabel, [.. Municipalities.All.Where(m => !row.Municipalities.Contains(m))
                    .Select(m => new Choice(Municipalities.OfficialName(m), m))])
                {
                    Id = $"{OnBehalfInput}.{number}", IsRequired = true, ErrorMessage = texts.WishMunicipalityError, Style = ChoiceSetStyle.Filtered,
                }],
                [Execute(texts, texts.WishSupport, CardVerbs.WishSupport, (CardVerbs.WishKey, number))])));
        }

        if (view.CanTriage)
        {
            actions.Add(new ShowCardAction(texts.WishTriage, Triage(texts, view, number)));
        }

        if (view.CanMerge && view.Open.Count > 1)
        {
            actions.Add(new ShowCardAction(texts.WishMergeButton, SubCard(
                [new ChoiceSetInput(texts.WishMergeLabel, [.. view.Open.Where(o => o.Wish.Number != wish.Number)
                    .Select(o => new Choice($"#{o.Wish.Number} {o.Wish.Title}", o.Wish.Number.ToString(CultureInfo.InvariantCulture)))])
                {
                    Id = $"{MergeInput}.{number}", IsRequired = true, ErrorMessage = texts.WishMergeLabel, Style = ChoiceSetStyle.Compact,
                }],
                [Execute(texts, texts.WishMergeButton, CardVerbs.WishMerge, (CardVerbs.WishKey, number))])));
        }

        if (actions.Count > 0)
        {
            items.Add(new ActionSet(actions));
        }

        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }

    private static AdaptiveCard Triage(Texts texts, WishListView view, string number)
    {
        var body = new List<CardElement>
        {
            new ChoiceSetInput(texts.ItemClassLabel, [.. Enum.GetValues<MoscowClass>().Select(c => new Choice(texts.ClassName(c), c.ToString()))])
            {
                Id = $"{ClassInput}.{number}", Style = ChoiceSetStyle.Compact, Value = nameof(MoscowClass.Should),
            },
            new TextInput(texts.ItemHoursLabel) { Id = $"{HoursInput}.{number}", MaxLength = TextLimits.NumberText },
            new TextInput(texts.ItemDkkLabel) { Id = $"{DkkInput}.{number}", MaxLength = TextLimits.NumberText },
            view.Suppliers.Count > 0
                ? new ChoiceSetInput(texts.ItemSupplierLabel, [.. view.Suppliers.Select(s => new Choice(s, s))])
                {
                    Id = $"{SupplierInput}.{number}", Style = ChoiceSetStyle.Compact, Value = view.Suppliers[0],
                }
                : new TextInput(texts.ItemSupplierLabel) { Id = $"{SupplierInput}.{number}", MaxLength = TextLimits.SupplierName },
            new TextInput(texts.ItemCriteriaLabel)
            {
                Id = $"{CriteriaInput}.{number}", IsMultiline = true, MaxLength = TextLimits.AcceptanceCriteria, Placeholder = texts.ItemCriteriaPlaceholder,
            },
            new TextInput(texts.WishDeclineReasonLabel) { Id = $"{ReasonInput}.{number}", IsMultiline = true, MaxLength = TextLimits.WishNeed },
        };
        return SubCard(body,
        [
            Execute(texts, texts.WishAcceptButton, CardVerbs.WishAccept, (CardVerbs.WishKey, number)),
            Execute(texts, texts.WishDeclineButton, CardVerbs.WishDecline, (CardVerbs.WishKey, number)),
        ]);
    }

    private static ExecuteAction Page(Texts texts, string title, int page, string? filter) =>
        Execute(texts, title, CardVerbs.WishesPage, (CardVerbs.PageKey, page.ToString(CultureInfo.InvariantCulture)),
            (CardVerbs.FilterKey, filter ?? string.Empty)) with { AssociatedInputs = AssociatedInputs.None };
}
