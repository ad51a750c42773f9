namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>Signed, time-limited links to one meeting's calendar file, in one language.</summary>
public sealed class MeetingLinks(LinkSigner signer)
{
    public const string Path = "/meetings/ics";
    private const string Purpose = "meeting-ics";

    public Task<(Uri Link, DateTimeOffset Expires)> CreateAsync(string communityId, string meetingId, Language language,
        CancellationToken cancellationToken) =>
        signer.CreateAsync(Path, Purpose, [("community", communityId), ("meeting", meetingId), ("lang", language.Code())], signer.LinkLifetime,
            cancellationToken);

    /// <summary>True when the link was made by this bot for this meeting and language, and has not expired.</summary>
    public Task<bool> VerifyAsync(string? communityId, string? meetingId, string? lang, string? expires, string? signature,
        CancellationToken cancellationToken) =>
        signer.VerifyAsync(Purpose, [communityId, meetingId, lang], expires, signature, cancellationToken);
}
