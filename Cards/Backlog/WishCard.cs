using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Cards.Backlog;

/// <summary>
/// One wish: its need and support, and the forms of the people who act on it — support on a municipality's behalf
/// (the coordinator), triage (the coordination group), merging (the coordinator).
/// </summary>
public static class WishCard
{
    public const string OnBehalfInput = "onBehalf";
    public const string ClassInput = "moscow";
    public const string HoursInput = "hours";
    public const string DkkInput = "dkk";
    public const string SupplierInput = "supplier";
    public const string CriteriaInput = "criteria";
    public const string ReasonInput = "reason";
    public const string MergeInput = "mergeInto";

    public static AdaptiveCard Compose(Texts texts, WishCardView view, Notice? notice = null)
    {
        var row = view.Row;
        var wish = row.Wish;
        var number = wish.Number.ToString(CultureInfo.InvariantCulture);
        var body = BodyWith(notice);

        body.Add(Title($"#{wish.Number} {wish.Title}"));
        if (row.IsReady)
        {
            body.Add(new TextBlock(texts.WishReady) { Weight = TextWeight.Bolder, Color = TextColor.Good, Spacing = Spacing.None });
        }

        body.Add(new FactSet(
        [
            new Fact(texts.WishMunicipalityLabel, Municipalities.OfficialName(wish.Municipality)),
            new Fact(texts.WishImportanceLabel, texts.ImportanceName(wish.Importance)),
            new Fact(texts.WishRaisedBy, $"{wish.RaisedByName}, {texts.DateTime(wish.RaisedAt, view.Zone)}"),
            new Fact(texts.FactMunicipalities, $"{texts.Count(row.Municipalities.Count, Unit.Municipality)}: " +
                texts.JoinList(row.Municipalities.Select(m => view.RecordedOnBehalf?.Contains(m) == true
                    ? texts.WishOnBehalfMarker(Municipalities.OfficialName(m))
                    : Municipalities.OfficialName(m)))),
        ]));
        body.Add(Paragraph(wish.Need));

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
                [new ChoiceSetInput(texts.WishOnBehalfLabel, MunicipalityChoices.ByName(Municipalities.All.Where(m => !row.Municipalities.Contains(m))))
                {
                    Id = $"{OnBehalfInput}.{number}", IsRequired = true, ErrorMessage = texts.WishMunicipalityError, Style = ChoiceSetStyle.Filtered,
                }],
                [Execute(texts, texts.WishSupport, CardVerbs.WishSupport, (CardVerbs.WishKey, number))])));
        }

        if (view.CanTriage)
        {
            actions.Add(new ShowCardAction(texts.WishTriage, Triage(texts, view, number)));
        }

        if (view.CanMerge && view.OtherOpen.Count > 0)
        {
            actions.Add(new ShowCardAction(texts.WishMergeButton, SubCard(
                [new ChoiceSetInput(texts.WishMergeLabel, [.. view.OtherOpen
                    .Select(o => new Choice($"#{o.Number} {o.Title}", o.Number.ToString(CultureInfo.InvariantCulture)))])
                {
                    Id = $"{MergeInput}.{number}", IsRequired = true, ErrorMessage = texts.WishMergeLabel, Style = ChoiceSetStyle.Filtered,
                }],
                [Execute(texts, texts.WishMergeButton, CardVerbs.WishMerge, (CardVerbs.WishKey, number))])));
        }

        actions.Add(RunCommand(texts, texts.CommandWords(CommandIds.Wishes)[0], CommandIds.Wishes));
        return Card(texts, $"#{wish.Number} {wish.Title}", body, actions);
    }

    private static AdaptiveCard Triage(Texts texts, WishCardView view, string number)
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
}
