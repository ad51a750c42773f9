using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Domain.Search;

namespace CoordinatorBot.Cards.Search;

/// <summary>
/// A record as it is shared into any chat (chosen in the compose box's search, or unfolded from its link): read-only,
/// saying which community it belongs to, with "Åbn" to its stable link. Everyone in that chat reads it, so it holds
/// what the record's own card shows everyone — no votes, comments or names of voters.
/// </summary>
public static class RecordCard
{
    /// <summary>Long texts are cut here: the card is a summary with its link, and stays well inside Teams' 28 KB.</summary>
    public const int MaxTextLength = 1000;

    public static AdaptiveCard Compose(Texts texts, SearchRecord record, string communityName, TimeZoneInfo zone, Uri? link)
    {
        var heading = record.Number.Length > 0 && record.Number != record.Title
            ? $"{texts.SearchKindName(record.Key.Kind)} {record.Number}"
            : texts.SearchKindName(record.Key.Kind);
        var body = new List<CardElement>
        {
            new TextBlock(texts.PersonalCommunityAbout(communityName)) { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock(heading) { Weight = TextWeight.Bolder, Spacing = Spacing.Small },
            Title(record is MeetingRecord m ? texts.MeetingName(m.Meeting.Kind, m.Meeting.Title) : record.Title),
        };
        body.AddRange(Details(texts, record, zone));
        return Card(texts, $"{heading}: {record.Title}", body,
            link is null ? null : [new OpenUrlAction(texts.SearchOpen, link)]);
    }

    private static IEnumerable<CardElement> Details(Texts texts, SearchRecord record, TimeZoneInfo zone) => record switch
    {
        DecisionRecord { Decision: var d } =>
        [
            new FactSet(
            [
                new Fact(texts.FactStatus, texts.StatusName(d.Status)),
                new Fact(texts.FactType, texts.TypeName(d.Draft.Type)),
                new Fact(texts.FactBody, texts.BodyName(d.Draft.Body)),
                d.ClosedAt is { } closed ? new Fact(texts.FactClosed, texts.Date(closed, zone)) : new Fact(texts.FactDeadline, texts.DateTime(d.Draft.Deadline, zone)),
                .. d.OutcomeText is { Length: > 0 } outcome ? [new Fact(texts.FactOutcome, Cut(outcome))] : Array.Empty<Fact>(),
            ]),
            Paragraph(Cut(d.Draft.Context)),
            Paragraph(Cut(d.Draft.Proposal)),
        ],
        WishRecord { Wish: var w } =>
        [
            new FactSet(
            [
                new Fact(texts.FactStatus, texts.SearchWishStatusName(w.Status)),
                new Fact(texts.FactMunicipality, Municipalities.OfficialName(w.Municipality)),
                new Fact(texts.WishImportanceLabel, texts.ImportanceName(w.Importance)),
            ]),
            Paragraph(Cut(w.Need)),
        ],
        ItemRecord { Item: var i } =>
        [
            new FactSet(
            [
                new Fact(texts.FactStatus, texts.ItemStatusName(i.Status)),
                new Fact(texts.ItemClassLabel, texts.ClassName(i.Class)),
                new Fact(texts.FactSupplier, i.Supplier),
            ]),
            Paragraph(Cut(i.Need)),
        ],
        MeetingRecord { Meeting: var m } => Meeting(texts, m, zone),
        StatusRecord { Report: var r } =>
        [
            new FactSet(
            [
                new Fact(texts.StatusPeriodHeading, $"{texts.Date(r.From)} – {texts.Date(r.To)}"),
                .. r.Mark is { } mark ? [new Fact(texts.StatusMarkLabel, texts.StatusMarkName(mark))] : Array.Empty<Fact>(),
            ]),
            .. r.MarkWhy is { Length: > 0 } why ? [Paragraph(Cut(why))] : Array.Empty<CardElement>(),
        ],
        _ => [],
    };

    private static IEnumerable<CardElement> Meeting(Texts texts, Domain.Meetings.Meeting m, TimeZoneInfo zone)
    {
        yield return new FactSet(
        [
            new Fact(texts.MeetingFactWhen, MeetingTimes.Range(texts, m.Start, m.End, zone)),
            new Fact(texts.FactStatus, texts.MeetingStatusName(m.Status)),
        ]);
        if (m.Agenda.Count > 0)
        {
            yield return Subtitle(texts.MeetingAgendaHeading);
            yield return Paragraph(Cut(string.Join('\n', m.Agenda.Select((item, n) => $"{n + 1}. {item}"))));
        }

        if (m.Minutes is { } minutes)
        {
            yield return Subtitle(texts.SearchMinutesHeading);
            yield return Paragraph(Cut(string.Join("\n\n", minutes.Items.Where(i => i.Text.Length > 0).Select(i => $"{i.Heading}: {i.Text}"))));
        }
    }

    /// <summary>A long text up to <see cref="MaxTextLength"/>, cut at a word where there is one near.</summary>
    public static string Cut(string text, int max = MaxTextLength)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1, Math.Min(max, 40));
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : max - 1), "…");
    }
}
