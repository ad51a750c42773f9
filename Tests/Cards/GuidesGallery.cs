namespace CoordinatorBot.Tests.Cards;

/// <summary>
/// The guides' and cases' cards for <see cref="CardGallery"/>, each at its largest: every text at its limit, every link
/// there may be, a reason at its limit, 98 contacts and 10 meetings on the form, full lists; and a user-club meeting's
/// card with the cases presented at it.
/// </summary>
public static class GuidesGallery
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-27T09:00:00Z", CultureInfo.InvariantCulture);
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static IEnumerable<(string, AdaptiveCard)> ForLanguage(Texts t)
    {
        var linkLength = (TextLimits.GuideLinks / GuideLimits.MaxLinks) - 1;
        var links = Enumerable.Range(0, GuideLimits.MaxLinks).Select(i => $"https://os2.eu/{i}/{new string('a', linkLength - 18)}").ToList();
        var guide = new Guide
        {
            Number = 999, Kind = GuideKind.Guide, Title = AtLimit.Text(TextLimits.SurveyTitle), Audience = AtLimit.Text(TextLimits.SurveyIntro),
            Text = AtLimit.Text(TextLimits.GuideText), Links = links, ProposedById = "aad-1", ProposedByName = AtLimit.Name(1), ProposedAt = At,
        };
        var @case = guide with
        {
            Kind = GuideKind.Case, Audience = null, Municipality = "Ringkøbing-Skjern", Text = AtLimit.Text(TextLimits.CaseText), Results = AtLimit.Text(TextLimits.CaseText),
            ContactId = "aad-2", ContactName = AtLimit.Name(2), MeetingId = "m-1",
        };
        var sentBack = @case with { Status = GuideStatus.ChangesAsked, Reason = AtLimit.Text(TextLimits.WishNeed), DecidedByName = AtLimit.Name(3), DecidedAt = At };
        var contacts = Enumerable.Range(0, 98).Select(i => ($"aad-{i}", AtLimit.Name(i))).ToList();
        var meetings = Enumerable.Range(0, 10).Select(i => ($"m-{i}", $"{AtLimit.Text(TextLimits.SurveyTitle)} ({i})")).ToList();
        Func<string, string?> full = GuideForm.Values(@case with { Audience = AtLimit.Text(TextLimits.SurveyIntro) });
        var meetingName = $"{AtLimit.Text(TextLimits.SurveyTitle)} (27. november 2026)";
        var many = Enumerable.Range(1, 40).Select(i => @case with { Number = i }).ToList();

        yield return ("guide-form", GuideForm.Compose(t, GuideKind.Guide, null, [], []));
        yield return ("case-form", GuideForm.Compose(t, GuideKind.Case, null, contacts, meetings));
        yield return ("guide-form-full", GuideForm.Compose(t, GuideKind.Guide, 999, [], [], GuideForm.Values(guide), t.GuideProblemText(GuideProblem.BadLink, GuideKind.Guide)));
        yield return ("case-form-full", GuideForm.Compose(t, GuideKind.Case, 999, contacts, meetings, full, t.GuideProblemText(GuideProblem.TooManyLinks, GuideKind.Case)));
        yield return ("guide-card-coordinator", GuideCard.Compose(t, guide, new GuideView(Zone, false, true, true, null,
            new Notice(t.GuideProposed(t.GuideKindName(GuideKind.Guide), 999, guide.Title), false))));
        yield return ("case-card-coordinator", GuideCard.Compose(t, @case, new GuideView(Zone, true, true, false, meetingName)));
        yield return ("case-card-sent-back", GuideCard.Compose(t, sentBack, new GuideView(Zone, false, false, true, meetingName,
            new Notice(t.GuideDecidedChangesAsked(sentBack.Title), false))));
        yield return ("case-card-approved", GuideCard.Compose(t, @case with { Status = GuideStatus.Approved, Links = links[..2] },
            new GuideView(Zone, false, false, false, null)));
        yield return ("guide-list", GuideList.Compose(t, GuideKind.Case, AtLimit.Text(100), many, many));
        yield return ("guide-list-empty", GuideList.Compose(t, GuideKind.Guide, null, [], []));
        yield return ("guide-notice", GuideNoticeCard.Compose(t, t.GuideToldChangesTitle, t.GuideToldChangesText(sentBack.Title, sentBack.Reason!), 999, revise: true));
        yield return ("guide-consent-asked", GuideConsentCard.Compose(t, false, @case.Title));
        yield return ("guide-consent-channel", GuideConsentCard.Compose(t, null));
        yield return ("guide-consent-given", GuideConsentCard.Compose(t, true, null, new Notice(t.ConsentSaved, false)));
        yield return ("meeting-with-cases", MeetingCard.Compose(t, MeetingGallery.Sample() with { Kind = MeetingKind.UserClub }, Zone, At, null, null,
            [.. Enumerable.Range(0, 20).Select(i => $"{AtLimit.Text(TextLimits.SurveyTitle)} (Ringkøbing-Skjern Kommune)")]));
    }
}
