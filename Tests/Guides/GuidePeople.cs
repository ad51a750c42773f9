namespace CoordinatorBot.Tests.Guides;

/// <summary>
/// What the guide tests send: the form's fields. The community is the backlog tests' (<see cref="Backlog.BacklogPeople"/>):
/// Alice coordinates; Ida (Aarhus), Ole (Odense) and Vera (Vejle) are municipalities' contacts; Kim is in the
/// coordination group; Bob, Carl and Dora are the steering group.
/// </summary>
public static class GuidePeople
{
    public static JsonObject Guide(string title = "Sådan opretter du en ny medarbejder", string? number = null, string? links = "https://os2mo.readthedocs.io/da/latest/") =>
        new JsonObject
        {
            [CardVerbs.GuideKindKey] = "Guide",
            [GuideForm.TitleInput] = title,
            [GuideForm.AudienceInput] = "Nye HR-medarbejdere",
            [GuideForm.TextInputId] = "1. Åbn Organisation.\n2. Vælg enheden.\n3. Tryk »Opret medarbejder«.",
            [GuideForm.LinksInput] = links,
        }.WithGiven((CardVerbs.GuideKey, number));

    public static JsonObject Case(string title = "Aarhus samler lønsystemet og OS2mo", string? contact = null, string? meeting = null, string? number = null,
        string results = "Halvt så mange fejl i lønkørslen.") =>
        new JsonObject
        {
            [CardVerbs.GuideKindKey] = "Case",
            [GuideForm.TitleInput] = title,
            [GuideForm.MunicipalityInput] = "Aarhus",
            [GuideForm.TextInputId] = "Kommunen koblede OS2mo til lønsystemet, så nye medarbejdere oprettes ét sted.",
            [GuideForm.ResultsInput] = results,
        }.WithGiven((GuideForm.ContactInput, contact), (GuideForm.MeetingInput, meeting), (CardVerbs.GuideKey, number));

    public static JsonObject Number(string number, string? reason = null) =>
        new JsonObject { [CardVerbs.GuideKey] = number }
            .WithGiven((GuideCard.ReasonInput(CardVerbs.GuideAskChanges), reason), (GuideCard.ReasonInput(CardVerbs.GuideDecline), reason));
}
