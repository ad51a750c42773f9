using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Cards.Surveys;

/// <summary>
/// "undersøgelse ny": title, introduction, anonymous or named, the audience (a meeting's attendees: which meeting), the
/// closing day, and up to ten questions, each its text, its kind, its options (one a line; a scale's two end labels)
/// and whether it is answered once per municipality. A question left empty is not asked.
/// </summary>
public static class SurveyForm
{
    public const string TitleInput = "surveyTitle";
    public const string IntroInput = "surveyIntro";
    public const string AnonymousInput = "surveyAnonymous";
    public const string AudienceInput = "surveyAudience";
    public const string MeetingInput = "surveyMeeting";
    public const string ClosesInput = "surveyCloses";

    public static string QuestionInput(int i) => $"q.{i}";

    public static string KindInput(int i) => $"k.{i}";

    public static string OptionsInput(int i) => $"o.{i}";

    public static string PerMunicipalityInput(int i) => $"m.{i}";

    /// <param name="meetings">The meetings whose attendees may be asked: id and how the card names it.</param>
    /// <param name="entered">What the coordinator entered, shown again with a problem.</param>
    public static AdaptiveCard Compose(Texts texts, DateOnly closes, IReadOnlyList<(string Id, string Name)> meetings,
        Func<string, string?>? entered = null, string? problem = null)
    {
        string? V(string id) => entered?.Invoke(id);
        var body = new List<CardElement>();
        if (problem is not null)
        {
            body.Add(Notice(problem, isProblem: true));
        }

        body.Add(Title(texts.SurveyFormTitle));
        body.Add(Paragraph(texts.SurveyFormIntro));
        body.Add(new TextInput(texts.SurveyTitleLabel)
        {
            Id = TitleInput, IsRequired = true, ErrorMessage = texts.SurveyTitleError, MaxLength = TextLimits.SurveyTitle, Value = V(TitleInput),
        });
        body.Add(new TextInput(texts.SurveyIntroLabel)
        {
            Id = IntroInput, IsMultiline = true, MaxLength = TextLimits.SurveyIntro, Value = V(IntroInput),
        });
        body.Add(new ToggleInput(texts.SurveyAnonymousLabel, texts.SurveyAnonymousTitle)
        {
            Id = AnonymousInput, Value = V(AnonymousInput) ?? "true", ValueOn = "true", ValueOff = "false",
        });
        body.Add(new ChoiceSetInput(texts.SurveyAudienceLabel,
            [.. Enum.GetValues<SurveyAudience>().Select(a => new Choice(texts.SurveyAudienceName(a), a.ToString()))])
        {
            Id = AudienceInput, IsRequired = true, ErrorMessage = texts.SurveyAudienceError, Value = V(AudienceInput) ?? nameof(SurveyAudience.Municipalities),
        });
        if (meetings.Count > 0)
        {
            body.Add(new ChoiceSetInput(texts.SurveyMeetingLabel, [.. meetings.Select(m => new Choice(m.Name, m.Id))])
            {
                Id = MeetingInput, Value = V(MeetingInput),
            });
        }

        body.Add(new DateInput(texts.SurveyClosesLabel)
        {
            Id = ClosesInput, IsRequired = true, ErrorMessage = texts.SurveyClosesError, Value = V(ClosesInput) ?? closes.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

        for (var i = 0; i < SurveyLimits.MaxQuestions; i++)
        {
            var number = i + 1;
            body.Add(new TextInput(texts.SurveyQuestionLabel(number))
            {
                Id = QuestionInput(i), MaxLength = TextLimits.SurveyQuestion, Value = V(QuestionInput(i)), Separator = true,
                IsRequired = i == 0 ? true : null, ErrorMessage = i == 0 ? texts.SurveyQuestionError : null,
            });
            body.Add(new ChoiceSetInput(texts.SurveyKindLabel(number),
                [.. Enum.GetValues<QuestionKind>().Select(k => new Choice(texts.QuestionKindName(k), k.ToString()))])
            {
                Id = KindInput(i), Value = V(KindInput(i)) ?? nameof(QuestionKind.Scale),
            });
            body.Add(new TextInput(texts.SurveyOptionsLabel(number))
            {
                Id = OptionsInput(i), IsMultiline = true, MaxLength = TextLimits.SurveyOptions, Value = V(OptionsInput(i)),
            });
            body.Add(new ToggleInput(texts.SurveyPerMunicipalityLabel(number), texts.SurveyPerMunicipalityTitle)
            {
                Id = PerMunicipalityInput(i), Value = V(PerMunicipalityInput(i)) ?? "false", ValueOn = "true", ValueOff = "false",
            });
        }

        return Card(texts, texts.SurveyFormTitle, body, [Execute(texts, texts.SurveySend, CardVerbs.SurveySend)]);
    }
}
