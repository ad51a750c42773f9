using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Releases;

namespace CoordinatorBot.Cards.Releases;

/// <summary>
/// One release: version, date, source, summary, the items it delivered (with how many municipalities asked for each,
/// never who), the decisions it carried out, and its notes. The same card announces a new release in the channel.
/// </summary>
public static class ReleaseCard
{
    public const int MaxItems = 30;

    /// <param name="announcedFor">The product's name when the card announces the release in the channel; null to show it.</param>
    public static AdaptiveCard Compose(Texts texts, Release release, IReadOnlyList<BacklogItem> items, IReadOnlyList<(string Number, string Title)> decisions,
        string? announcedFor = null)
    {
        var heading = announcedFor is null ? $"{texts.ReleaseFactVersion} {release.Version}" : texts.ReleaseAnnouncedTitle(release.Version, announcedFor);
        var body = new List<CardElement>
        {
            Title(heading),
            Paragraph(release.Summary),
            new FactSet(
            [
                new Fact(texts.ReleaseFactVersion, release.Version),
                new Fact(texts.ReleaseFactDate, texts.Date(release.Date)),
                new Fact(texts.ReleaseFactSource, release.Source == ReleaseSource.GitHub ? texts.ReleaseSourceGitHub : texts.ReleaseSourceCoordinator),
            ]),
            Subtitle(texts.ReleaseItemsHeading),
        };
        if (items.Count == 0)
        {
            body.Add(Paragraph(texts.ReleaseNoItems) with { IsSubtle = true });
        }

        body.AddRange(items.Take(MaxItems).Select(i => new TextBlock(i.Municipalities.Count > 0
            ? texts.ReleaseItemAskedLine(i.Number, i.Title, texts.ReleaseAskedBy(texts.Count(i.Municipalities.Count, Unit.Municipality)))
            : texts.ReleaseItemLine(i.Number, i.Title)) { Spacing = Spacing.None }));
        if (decisions.Count > 0)
        {
            body.Add(Subtitle(texts.ReleaseDecisionsHeading));
            body.AddRange(decisions.Select(d => new TextBlock($"{d.Number} · {d.Title}") { Spacing = Spacing.None }));
        }

        if (announcedFor is null && release.Notes.Length > 0)
        {
            body.Add(Subtitle(texts.ReleaseNotesHeading));
            body.Add(Paragraph(release.Notes));
        }

        var actions = new List<CardAction>();
        if (release.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps)
        {
            actions.Add(new OpenUrlAction(texts.ReleaseSourceGitHub, link));
        }

        actions.Add(RunCommand(texts, texts.ReleasesTitle, CommandIds.Releases));
        return Card(texts, heading, body, actions);
    }
}
