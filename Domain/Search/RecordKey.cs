namespace CoordinatorBot.Domain.Search;

/// <summary>
/// Which record: its community, its kind and its own id there ("B-2026-014", "12", a meeting's id, "S-2026-03"). It is
/// what a record's stable link carries (<c>/r/{community}/{kind}/{id}</c>), so it never changes with the record.
/// </summary>
public sealed record RecordKey(string CommunityId, RecordKind Kind, string Id)
{
    /// <summary>The first segment of every record's path.</summary>
    public const string PathPrefix = "r";

    /// <summary>The kind as its link spells it.</summary>
    public static string Segment(RecordKind kind) => kind switch
    {
        RecordKind.Decision => "decision",
        RecordKind.Wish => "wish",
        RecordKind.Item => "item",
        RecordKind.Meeting => "meeting",
        _ => "status",
    };

    public static RecordKind? KindOf(string? segment) => segment switch
    {
        "decision" => RecordKind.Decision,
        "wish" => RecordKind.Wish,
        "item" => RecordKind.Item,
        "meeting" => RecordKind.Meeting,
        "status" => RecordKind.StatusReport,
        _ => null,
    };

    /// <summary>The path of the record's link, each part escaped: "/r/19%3Aabc%40thread.tacv2/decision/B-2026-014".</summary>
    public string Path => $"/{PathPrefix}/{Uri.EscapeDataString(CommunityId)}/{Segment(Kind)}/{Uri.EscapeDataString(Id)}";

    /// <summary>
    /// The record a link's path names, or null when it is no record's path. Nothing in it is trusted: the community it
    /// names is checked against the reader's roles, and the id is only ever looked up.
    /// </summary>
    public static RecordKey? FromPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path.Length > RecordLimits.MaxPathLength)
        {
            return null;
        }

        var parts = path.Trim('/').Split('/');
        if (parts.Length != 4 || parts[0] != PathPrefix || KindOf(parts[2]) is not { } kind)
        {
            return null;
        }

        var community = Uri.UnescapeDataString(parts[1]);
        var id = Uri.UnescapeDataString(parts[3]);
        return community.Length is > 0 and <= RecordLimits.MaxIdLength && id.Length is > 0 and <= RecordLimits.MaxIdLength &&
               !community.Any(char.IsControl) && !id.Any(char.IsControl)
            ? new RecordKey(community, kind, id)
            : null;
    }

    /// <summary>The record a link names, whatever host it has (the bot may be reached by more than one name).</summary>
    public static RecordKey? FromUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? FromPath(uri.AbsolutePath) : null;
}
