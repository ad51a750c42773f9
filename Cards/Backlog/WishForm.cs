using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Cards.Backlog;

/// <summary>"ønske ny": title, the need, municipality and importance; alike wishes shown before saving, each with "Støt i stedet".</summary>
public static class WishForm
{
    public const string TitleInput = "wishTitle";
    public const string NeedInput = "wishNeed";
    public const string MunicipalityInput = "wishMunicipality";
    public const string ImportanceInput = "wishImportance";

    /// <summary>What the person entered, shown again with a problem or with the alike wishes.</summary>
    public sealed record Entered(string? Title, string? Need, string? Municipality, string? Importance);

    /// <param name="ownMunicipality">The municipality of the person's municipality role: no choice is asked.</param>
    public static AdaptiveCard Compose(Texts texts, string? ownMunicipality, Entered? entered = null, string? problem = null,
        IReadOnlyList<SimilarWish>? similar = null)
    {
        var body = new List<CardElement>();
        if (problem is not null)
        {
            body.Add(Notice(problem, isProblem: true));
        }

        body.Add(Title(texts.WishFormTitle));
        body.Add(Paragraph(texts.WishFormIntro));
        if (similar is { Count: > 0 })
        {
            body.Add(Notice(texts.WishSimilarFound, isProblem: true));
            foreach (var wish in similar)
            {
                var line = TextBlock.Markdown($"**#{wish.Number}** · {wish.Title} · {texts.Count(wish.Municipalities, Unit.Municipality)}");
                var items = new List<CardElement> { line };
                if (wish.IsOpen)
                {
                    items.Add(new ActionSet([Execute(texts, texts.WishSupportInstead, CardVerbs.WishSupport,
                        (CardVerbs.WishKey, wish.Number.ToString(texts.Culture))) with { AssociatedInputs = AssociatedInputs.None }]));
                }
                else
                {
                    items.Add(new TextBlock(wish.IsItem ? texts.WishAlreadyItem : texts.WishClosedAlready) { IsSubtle = true, Spacing = Spacing.None });
                }

                body.Add(new Container(items) { Separator = true });
            }
        }

        body.Add(new TextInput(texts.WishTitleLabel)
        {
            Id = TitleInput, IsRequired = true, ErrorMessage = texts.WishTitleError, MaxLength = TextLimits.WishTitle, Value = entered?.Title,
        });
        body.Add(new TextInput(texts.WishNeedLabel)
        {
            Id = NeedInput, IsRequired = true, ErrorMessage = texts.WishNeedError, MaxLength = TextLimits.WishNeed, IsMultiline = true,
            Placeholder = texts.WishNeedPlaceholder, Value = entered?.Need,
        });
        if (ownMunicipality is null)
        {
            body.Add(new ChoiceSetInput(texts.WishMunicipalityLabel,
                MunicipalityChoices.ByName(Municipalities.All))
            {
                Id = MunicipalityInput, IsRequired = true, ErrorMessage = texts.WishMunicipalityError, Style = ChoiceSetStyle.Filtered,
                Value = entered?.Municipality,
            });
        }
        else
        {
            body.Add(new FactSet([new Fact(texts.WishMunicipalityLabel, Municipalities.OfficialName(ownMunicipality))]));
        }

        body.Add(new ChoiceSetInput(texts.WishImportanceLabel,
            [.. Enum.GetValues<WishImportance>().Select(i => new Choice(texts.ImportanceName(i), i.ToString()))])
        {
            Id = ImportanceInput, Style = ChoiceSetStyle.Expanded, Value = entered?.Importance ?? nameof(WishImportance.Medium),
        });

        var save = similar is { Count: > 0 }
            ? Execute(texts, texts.WishSaveAnyway, CardVerbs.WishSave, (CardVerbs.ForceKey, "true"))
            : Execute(texts, texts.WishSave, CardVerbs.WishSave);
        return Card(texts, texts.WishFormTitle, body, [save]);
    }
}
