namespace CoordinatorBot.Tests.Surveys;

/// <summary>
/// What the survey tests send: the composing card's fields. The community is the backlog tests' (<see
/// cref="Backlog.BacklogPeople"/>): Alice coordinates; Ida (Aarhus), Ole (Odense) and Vera (Vejle) are municipalities'
/// contacts; Kim is in the coordination group; Bob, Carl and Dora are the steering group.
/// </summary>
public static class SurveyPeople
{
    /// <summary>A survey of a scale, a one-choice, a several-choice and a free-text question; the second asked per municipality.</summary>
    public static JsonObject Composed(bool anonymous = true, string audience = "Municipalities", string closes = "2026-12-11") => new()
    {
        [SurveyForm.TitleInput] = "Tilfredshed med OS2mo 2026",
        [SurveyForm.IntroInput] = "Fem minutter om jeres brug af OS2mo.",
        [SurveyForm.AnonymousInput] = anonymous ? "true" : "false",
        [SurveyForm.AudienceInput] = audience,
        [SurveyForm.ClosesInput] = closes,
        [SurveyForm.QuestionInput(0)] = "Hvor tilfreds er du med OS2mo?",
        [SurveyForm.KindInput(0)] = "Scale",
        [SurveyForm.OptionsInput(0)] = "Meget utilfreds\nMeget tilfreds",
        [SurveyForm.QuestionInput(1)] = "Bruger kommunen integrationen til lønsystemet?",
        [SurveyForm.KindInput(1)] = "OneChoice",
        [SurveyForm.OptionsInput(1)] = "Ja\nNej\nVed ikke",
        [SurveyForm.PerMunicipalityInput(1)] = "true",
        [SurveyForm.QuestionInput(2)] = "Hvilke moduler bruger du?",
        [SurveyForm.KindInput(2)] = "SeveralChoices",
        [SurveyForm.OptionsInput(2)] = "Organisation\nMedarbejdere\nRapporter",
        [SurveyForm.QuestionInput(3)] = "Hvad mangler du?",
        [SurveyForm.KindInput(3)] = "FreeText",
    };

    public static JsonObject Answer(string scale, string? choice, string several, string text, string? answerId = null) =>
        new JsonObject
        {
            ["survey"] = "1", [SurveyAnswerCard.AnswerInput(0)] = scale, [SurveyAnswerCard.AnswerInput(2)] = several,
            [SurveyAnswerCard.AnswerInput(3)] = text,
        }.WithGiven((SurveyAnswerCard.AnswerInput(1), choice), ("answerId", answerId));
}
