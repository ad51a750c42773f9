using CoordinatorBot.Domain.Guides;
using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Cards.Guides;

/// <summary>
/// "guide ny" and "case ny": a guide's title, for whom, steps or text and links; a case's title, municipality, what
/// it did, the results, a contact person among the members and the user-club meeting or webinar where it was shown.
/// The same form, filled in, revises a proposal sent back (it then carries the proposal's number).
/// </summary>
public static class GuideForm
{
    public const string TitleInput = "guideTitle";
    public const string AudienceInput = "guideAudience";
    public const string TextInputId = "guideText";
    public const string ResultsInput = "guideResults";
    public const string LinksInput = "guideLinks";
    public const string MunicipalityInput = "guideMunicipality";
    public const string ContactInput = "guideContact";
    public const string MeetingInput = "guideMeeting";

    /// <param name="revising">The proposal's number when it is being revised; null for a new one.</param>
    /// <param name="contacts">The members who may be named as a case's contact: id and name.</param>
    /// <param name="meetings">User-club meetings and webinars a case may have been presented at: id and how the card names it.</param>
    /// <param name="entered">What was entered (or the proposal being revised), shown again.</param>
    public static AdaptiveCard Compose(Texts texts, GuideKind kind, int? revising, IReadOnlyList<(string Id, string Name)> contacts,
        IReadOnlyList<(string Id, string Name)> meetings, Func<string, string?>? entered = null, string? problem = null)
    {
        string? V(string id) => entered?.Invoke(id);
        var title = revising is { } number ? texts.GuideReviseTitle(number) : kind == GuideKind.Case ? texts.CaseFormTitle : texts.GuideFormTitle;
        var body = new List<CardElement>();
        if (problem is not null)
        {
            body.Add(Notice(problem, isProblem: true));
        }

        body.Add(Title(title));
        body.Add(Paragraph(texts.GuideFormIntro));
        body.Add(new TextInput(texts.GuideTitleLabel)
        {
            Id = TitleInput, IsRequired = true, ErrorMessage = texts.GuideTitleError, MaxLength = TextLimits.SurveyTitle, Value = V(TitleInput),
        });
        if (kind == GuideKind.Case)
        {
            body.Add(new ChoiceSetInput(texts.CaseMunicipalityLabel, MunicipalityChoices.ByName(Municipalities.All))
            {
                Id = MunicipalityInput, IsRequired = true, ErrorMessage = texts.CaseMunicipalityError, Style = ChoiceSetStyle.Filtered,
                Value = V(MunicipalityInput),
            });
            body.Add(new TextInput(texts.CaseTextLabel)
            {
                Id = TextInputId, IsMultiline = true, IsRequired = true, ErrorMessage = texts.CaseTextError, MaxLength = TextLimits.CaseText,
                Value = V(TextInputId),
            });
            body.Add(new TextInput(texts.CaseResultsLabel)
            {
                Id = ResultsInput, IsMultiline = true, IsRequired = true, ErrorMessage = texts.CaseResultsError, MaxLength = TextLimits.CaseText,
                Value = V(ResultsInput),
            });
            if (contacts.Count > 0)
            {
                body.Add(new ChoiceSetInput(texts.CaseContactLabel, [.. contacts.Select(c => new Choice(c.Name, c.Id))])
                {
                    Id = ContactInput, Style = ChoiceSetStyle.Filtered, Value = V(ContactInput),
                });
            }

            if (meetings.Count > 0)
            {
                body.Add(new ChoiceSetInput(texts.CaseMeetingLabel, [.. meetings.Select(m => new Choice(m.Name, m.Id))])
                {
                    Id = MeetingInput, Value = V(MeetingInput),
                });
            }
        }
        else
        {
            body.Add(new TextInput(texts.GuideAudienceLabel)
            {
                Id = AudienceInput, MaxLength = TextLimits.SurveyIntro, Value = V(AudienceInput),
            });
            body.Add(new TextInput(texts.GuideTextLabel)
            {
                Id = TextInputId, IsMultiline = true, IsRequired = true, ErrorMessage = texts.GuideTextError, MaxLength = TextLimits.GuideText,
                Value = V(TextInputId),
            });
        }

        body.Add(new TextInput(texts.GuideLinksLabel)
        {
            Id = LinksInput, IsMultiline = true, MaxLength = TextLimits.GuideLinks, Value = V(LinksInput),
        });
        var data = new List<(string, string)> { (CardVerbs.GuideKindKey, kind.ToString()) };
        if (revising is { } n)
        {
            data.Add((CardVerbs.GuideKey, n.ToString(CultureInfo.InvariantCulture)));
        }

        return Card(texts, title, body, [Execute(texts, texts.GuideSend, CardVerbs.GuideSave, [.. data])]);
    }

    /// <summary>A proposal's own values, to fill the form when its proposer revises it.</summary>
    public static Func<string, string?> Values(Guide guide) => id => id switch
    {
        TitleInput => guide.Title,
        AudienceInput => guide.Audience,
        TextInputId => guide.Text,
        ResultsInput => guide.Results,
        LinksInput => guide.Links.Count == 0 ? null : string.Join('\n', guide.Links),
        MunicipalityInput => guide.Municipality,
        ContactInput => guide.ContactId,
        MeetingInput => guide.MeetingId,
        _ => null,
    };
}
