using CoordinatorBot.Cards.Guides;
using CoordinatorBot.Domain.Guides;
using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Bot.Features.Guides;

/// <summary>
/// The form's "Send": a new proposal, or the proposer's revision of one (the card carries its number). Every field is
/// checked again on the server, and a field that does not pass brings the form back with what was entered. A contact
/// must be a member and a meeting one of the community's user-club meetings or webinars; anything else is left out.
/// </summary>
public sealed class GuideSaveAction(GuideService guides, GuideReplies replies) : CommunityFormAction(CardVerbs.GuideSave)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var texts = turn.Texts;
        if (GuideAuthority.MayPropose(turn.Actor) is var permission and not GuidePermission.Allowed)
        {
            return Reply.WithText(texts.GuideRefusal(permission));
        }

        if (!Enum.TryParse<GuideKind>(input.Text(CardVerbs.GuideKindKey), out var kind) || !Enum.IsDefined(kind))
        {
            return Reply.WithText(texts.ErrorCardOutdated);
        }

        int? revising = null;
        if (input.Text(CardVerbs.GuideKey) is not null)
        {
            if (await replies.NamedAsync(turn, input) is not { } stored || !GuideAuthority.MaySee(turn.Actor, stored))
            {
                return Reply.WithText(texts.GuideNotFound);
            }

            if (stored.Kind != kind)
            {
                return Reply.WithText(texts.ErrorCardOutdated);
            }

            revising = stored.Number;
        }

        var (draft, problem) = await ReadAsync(turn, input, kind);
        if (problem is { } found)
        {
            return await replies.FormAsync(turn, kind, revising, input.Text, texts.GuideProblemText(found, kind));
        }

        if (revising is { } number)
        {
            var (saved, outcome) = await guides.ReviseAsync(turn.Community, turn.Members, turn.Actor!, number, draft!, turn.CancellationToken);
            return saved is null ? Reply.WithText(texts.GuideNotFound)
                : outcome != GuidePermission.Allowed ? Reply.WithText(texts.GuideRefusal(outcome))
                : await replies.CardAsync(turn, saved, new Notice(texts.GuideRevised(saved.Title), false));
        }

        var guide = await guides.ProposeAsync(turn.Community, turn.Members, turn.Actor!, draft!, turn.CancellationToken);
        return await replies.CardAsync(turn, guide, new Notice(texts.GuideProposed(texts.GuideKindName(kind), guide.Number, guide.Title), false));
    }

    private async Task<(Guide? Draft, GuideProblem? Problem)> ReadAsync(CommunityTurn turn, CardInput input, GuideKind kind)
    {
        var isCase = kind == GuideKind.Case;
        var title = input.Text(GuideForm.TitleInput);
        var audience = isCase ? null : input.Text(GuideForm.AudienceInput);
        var text = input.Text(GuideForm.TextInputId);
        var results = isCase ? input.Text(GuideForm.ResultsInput) : null;
        var linksTyped = input.Text(GuideForm.LinksInput);
        if (title is null)
        {
            return (null, GuideProblem.NoTitle);
        }

        if (TextLimits.Exceeds(title, TextLimits.SurveyTitle) || TextLimits.Exceeds(audience, TextLimits.SurveyIntro) ||
            TextLimits.Exceeds(text, isCase ? TextLimits.CaseText : TextLimits.GuideText) || TextLimits.Exceeds(results, TextLimits.CaseText) ||
            TextLimits.Exceeds(linksTyped, TextLimits.GuideLinks))
        {
            return (null, GuideProblem.TooLong);
        }

        if (text is null)
        {
            return (null, GuideProblem.NoText);
        }

        var municipality = isCase ? Municipalities.Find(input.Text(GuideForm.MunicipalityInput)).Municipality : null;
        if (isCase && municipality is null)
        {
            return (null, GuideProblem.NoMunicipality);
        }

        if (isCase && results is null)
        {
            return (null, GuideProblem.NoResults);
        }

        var (links, linkProblem) = GuideLinks.Read(linksTyped);
        if (linkProblem is not null)
        {
            return (null, linkProblem);
        }

        var contact = isCase && input.Text(GuideForm.ContactInput) is { } contactId
            ? turn.Members.FirstOrDefault(m => m.AadObjectId == contactId && m.Holds(Role.Municipality))
            : null;
        var meetingId = isCase ? input.Text(GuideForm.MeetingInput) : null;
        if (meetingId is not null && (await replies.MeetingsAsync(turn.Community, turn.Texts, turn.CancellationToken)).All(m => m.Id != meetingId))
        {
            meetingId = null;
        }

        return (new Guide
        {
            Number = 0, Kind = kind, Title = title, Audience = audience, Municipality = municipality, Text = text, Results = results, Links = links,
            ContactId = contact?.AadObjectId, ContactName = contact?.Name, MeetingId = meetingId,
            ProposedById = string.Empty, ProposedByName = string.Empty, ProposedAt = default,
        }, null);
    }
}
