using CoordinatorBot.Domain.Search;

namespace CoordinatorBot.Cards.Search;

/// <summary>
/// The preview of a result: "B-2026-014 · Fælles testmiljø", then the kind and its state (and which community, for a
/// person with roles in several), then the start of its text.
/// </summary>
public static class RecordPreviews
{
    public const int MaxTitleLength = 120;
    public const int MaxTextLength = 160;

    /// <param name="communityName">Said on the preview when the person holds roles in several communities; else null.</param>
    public static RecordPreview Compose(Texts texts, SearchRecord record, string? communityName, TimeZoneInfo zone)
    {
        var title = record.Number.Length > 0 && record.Number != record.Title ? $"{record.Number} · {record.Title}" : record.Title;
        var state = record switch
        {
            DecisionRecord d => texts.StatusName(d.Decision.Status),
            WishRecord w => texts.SearchWishStatusName(w.Wish.Status),
            ItemRecord i => texts.ItemStatusName(i.Item.Status),
            MeetingRecord m => texts.DateTime(m.Meeting.Start, zone),
            StatusRecord s => s.Report.Mark is { } mark ? texts.StatusMarkName(mark) : string.Empty,
            _ => string.Empty,
        };
        var subtitle = string.Join(" · ", new[] { texts.SearchKindName(record.Key.Kind), state, communityName ?? string.Empty }.Where(p => p.Length > 0));
        var text = record.Words.FirstOrDefault(w => !string.IsNullOrWhiteSpace(w)) ?? string.Empty;
        return new RecordPreview(Inert(title, MaxTitleLength), Inert(subtitle, MaxTitleLength), Inert(text, MaxTextLength));
    }

    /// <summary>
    /// A text as its characters: Teams reads a thumbnail card's texts as Markdown and a little HTML, so markers are
    /// escaped as on Adaptive Cards, and &lt;, &gt; and &amp; become entities; line breaks become spaces (one line).
    /// </summary>
    public static string Inert(string text, int max)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        line = RecordCard.Cut(line, max);
        var escaped = new StringBuilder(TeamsMarkdown.Literal(line));
        return escaped.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").ToString();
    }
}
