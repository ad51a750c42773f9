using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Cards.Status;

/// <summary>
/// OS2's governance checklist with each item's mark and evidence, one section at a time: the target level and what is
/// still missing for it, the bot's suggestions for the coordinator to confirm, the form to mark an item, and the
/// latest changes with who and when.
/// </summary>
public static class GovernanceCard
{
    public const string ItemInput = "governanceItem";
    public const string MarkInput = "governanceMark";
    public const string EvidenceInput = "governanceEvidence";
    public const string LevelInput = "governanceLevel";
    private const int HistoryShown = 5;

    public static AdaptiveCard Compose(Texts texts, GovernanceView view, Notice? notice = null)
    {
        var report = view.Report;
        var body = BodyWith(notice);

        body.Add(Title(texts.GovernanceTitle));
        var missing = report.MissingFor(report.TargetLevel);
        body.Add(new TextBlock(missing.Count == 0
            ? texts.GovernanceTargetMet(texts.GovernanceLevelName(report.TargetLevel))
            : texts.GovernanceTargetMissing(texts.GovernanceLevelName(report.TargetLevel), missing.Count, string.Join(", ", missing.Select(i => i.Id)))));
        body.Add(new TextBlock(string.Join(" · ", Enum.GetValues<GovernanceMark>().Select(m =>
            $"{texts.GovernanceMarkName(m)}: {GovernanceChecklist.Items.Count(i => report.MarkOf(i.Id) == m)}"))) { IsSubtle = true });
        if (view.Unconfirmed.Count > 0)
        {
            body.Add(new TextBlock(texts.GovernanceSuggestionsWaiting(string.Join(", ", view.Unconfirmed.Select(s => s.ItemId)))));
        }

        body.Add(Subtitle(texts.GovernanceSectionName(view.Section)));
        var sectionItems = GovernanceChecklist.Items.Where(i => i.Section == view.Section).ToList();
        foreach (var item in sectionItems)
        {
            body.Add(TextBlock.Markdown($"**{item.Id}** · {item.Title} ({texts.GovernanceLevelName(item.Level)})") with { Spacing = Spacing.Small });
            body.Add(new TextBlock(ItemLine(texts, view, item.Id)) { IsSubtle = true, Spacing = Spacing.None });
        }

        var actions = new List<CardAction>();
        foreach (var section in Enum.GetValues<GovernanceSection>().Where(s => s != view.Section))
        {
            actions.Add(Execute(texts, texts.GovernanceSectionName(section), CardVerbs.GovernanceSection,
                (CardVerbs.SectionKey, section.ToString())) with { AssociatedInputs = AssociatedInputs.None });
        }

        if (view.CanEdit)
        {
            body.Add(Subtitle(texts.GovernanceEditHeading));
            body.Add(new ChoiceSetInput(texts.GovernanceItemLabel, [.. sectionItems.Select(i => new Choice($"{i.Id} {i.Title}", i.Id))])
            {
                Id = ItemInput, IsRequired = true, ErrorMessage = texts.GovernanceItemError,
            });
            body.Add(new ChoiceSetInput(texts.GovernanceMarkLabel,
                [.. Enum.GetValues<GovernanceMark>().Select(m => new Choice(texts.GovernanceMarkName(m), m.ToString()))])
            {
                Id = MarkInput, Value = GovernanceMark.NotAssessed.ToString(),
            });
            body.Add(new TextInput(texts.GovernanceEvidenceLabel) { Id = EvidenceInput, MaxLength = TextLimits.GovernanceEvidence });
            body.Add(new ChoiceSetInput(texts.GovernanceLevelLabel,
                [.. Enum.GetValues<GovernanceLevel>().Select(l => new Choice(texts.GovernanceLevelName(l), l.ToString()))])
            {
                Id = LevelInput, Value = report.TargetLevel.ToString(),
            });
            actions.Insert(0, Execute(texts, texts.GovernanceSave, CardVerbs.GovernanceSave, (CardVerbs.SectionKey, view.Section.ToString())));
            if (view.Unconfirmed.Count > 0)
            {
                actions.Insert(1, Execute(texts, texts.GovernanceConfirm, CardVerbs.GovernanceConfirm,
                    (CardVerbs.SectionKey, view.Section.ToString())) with { AssociatedInputs = AssociatedInputs.None });
            }
        }

        if (report.History.Count > 0)
        {
            body.Add(Subtitle(texts.GovernanceHistory));
            body.Add(new FactSet([.. report.History.TakeLast(HistoryShown).Reverse().Select(e => new Fact(e.ItemId,
                texts.GovernanceChange(texts.GovernanceMarkName(e.Mark), e.ByName, texts.DateTime(e.At, view.Zone))))]));
        }

        return Card(texts, texts.GovernanceTitle, body, actions);
    }

    /// <summary>"✅ Opfyldt · evidence", or the bot's suggestion marked as one.</summary>
    public static string ItemLine(Texts texts, GovernanceView view, string itemId)
    {
        if (view.Report.Entry(itemId) is { } entry)
        {
            return string.IsNullOrEmpty(entry.Evidence) ? texts.GovernanceMarkName(entry.Mark) : $"{texts.GovernanceMarkName(entry.Mark)} · {entry.Evidence}";
        }

        return view.Suggestions.FirstOrDefault(s => s.ItemId == itemId) is { } suggestion
            ? texts.GovernanceSuggested(texts.GovernanceMarkName(suggestion.Mark), Evidence(texts, suggestion))
            : texts.GovernanceMarkName(GovernanceMark.NotAssessed);
    }

    /// <summary>The evidence line the bot's data gives an item: how many hold the role, how many meetings were held.</summary>
    public static string Evidence(Texts texts, GovernanceSuggestion suggestion)
    {
        var names = suggestion.Names.Count == 0 ? texts.GovernanceNobody
            : suggestion.NamesPeople ? texts.Count(suggestion.Names.Count, Unit.Person)
            : string.Join(", ", suggestion.Names);
        return texts.GovernanceEvidence(suggestion.ItemId, names, suggestion.Count);
    }
}
