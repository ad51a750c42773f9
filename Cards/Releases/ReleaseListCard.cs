using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Releases;

namespace CoordinatorBot.Cards.Releases;

/// <summary>
/// "versioner": the releases newest first (each a button), the delivered items still waiting for one, where they come
/// from (GitHub or the coordinator) and, for the coordinator, the last fault reading GitHub; for a supplier, a form
/// to mark their waiting items with the release that shipped them.
/// </summary>
public static class ReleaseListCard
{
    public const int MaxShown = 20;
    public const string MarkItemsInput = "items";
    public const string MarkVersionInput = "version";

    /// <param name="problem">GitHub's last fault in words, for the coordinator; null when none or not the coordinator.</param>
    /// <param name="markable">The waiting items the person may mark (a supplier's own); empty: no form.</param>
    public static AdaptiveCard Compose(Texts texts, IReadOnlyList<Release> releases, IReadOnlyList<BacklogItem> waiting, string? repository,
        int pollMinutes, string? problem, bool mayEnter, IReadOnlyList<BacklogItem> markable)
    {
        var body = new List<CardElement> { Title(texts.ReleasesTitle) };
        if (problem is not null)
        {
            body.Add(Notice($"{texts.ReleaseFaultTitle}: {problem}", isProblem: true));
        }

        body.Add(Paragraph(repository is null ? texts.ReleasesByHand : texts.ReleasesFromGitHub(repository, pollMinutes)) with { IsSubtle = true });
        var actions = new List<CardAction>();
        if (releases.Count == 0)
        {
            body.Add(Paragraph(texts.ReleasesEmpty));
        }

        foreach (var release in releases.Take(MaxShown))
        {
            body.Add(new TextBlock(texts.ReleasesLine(release.Version, texts.Date(release.Date), release.Summary)) { Spacing = Spacing.Small });
        }

        if (waiting.Count > 0)
        {
            body.Add(Subtitle(texts.ReleasesWaitingHeading));
            body.AddRange(waiting.Take(MaxShown).Select(i => new TextBlock(texts.ReleaseItemLine(i.Number, i.Title)) { Spacing = Spacing.None }));
        }

        if (markable.Count > 0)
        {
            body.Add(Subtitle(texts.ReleaseMarkHeading));
            body.Add(new ChoiceSetInput(texts.ReleaseMarkItemsLabel,
                [.. markable.Take(MaxShown).Select(i => new Choice(texts.ReleaseItemLine(i.Number, i.Title), i.Number.ToString(CultureInfo.InvariantCulture)))])
            {
                Id = MarkItemsInput, IsMultiSelect = true, IsRequired = true, ErrorMessage = texts.ReleaseMarkNothing,
            });
            body.Add(new TextInput(texts.ReleaseMarkVersionLabel)
            {
                Id = MarkVersionInput, IsRequired = true, ErrorMessage = texts.ReleaseVersionError, MaxLength = Domain.Text.TextLimits.ReleaseVersion,
                Value = releases.FirstOrDefault()?.Version,
            });
            actions.Add(Execute(texts, texts.ReleaseMarkSave, CardVerbs.ReleaseMark));
        }

        actions.AddRange(releases.Take(3).Select(r =>
            Execute(texts, texts.ButtonReleaseShow(r.Version), CardVerbs.ReleaseShow, (CardVerbs.ReleaseKey, r.Version)) with
            {
                AssociatedInputs = AssociatedInputs.None,
            }));
        if (mayEnter)
        {
            actions.Add(RunCommand(texts, texts.ButtonReleaseNew, CommandIds.ReleaseNew));
        }

        return Card(texts, texts.ReleasesTitle, body, actions);
    }
}
