using CoordinatorBot.Cards.Surveys;
using CoordinatorBot.Domain.Input;
using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>
/// The composing card's "Send": every field checked again on the server (a problem brings the card back with what was
/// entered), the audience read from the members now (a meeting's attendees through the meetings' readings), then sent.
/// </summary>
public sealed class SurveySendAction(SurveyService surveys, SurveyReplies replies, IMeetingReadings meetings) : CommunityFormAction(CardVerbs.SurveySend)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var texts = turn.Texts;
        if (SurveyAuthority.MayCompose(turn.Actor) is var permission and not SurveyPermission.Allowed)
        {
            return Reply.WithText(texts.SurveyRefusal(permission));
        }

        Task<Reply> Again(ComposeProblem problem) => replies.FormAsync(turn, input.Text, texts.SurveyComposeProblem(problem));
        var title = input.Text(SurveyForm.TitleInput);
        var intro = input.Text(SurveyForm.IntroInput);
        if (title is null)
        {
            return await Again(new ComposeProblem(ComposeProblemKind.NoTitle));
        }

        if (TextLimits.Exceeds(title, TextLimits.SurveyTitle) || TextLimits.Exceeds(intro, TextLimits.SurveyIntro))
        {
            return await Again(new ComposeProblem(ComposeProblemKind.TooLong));
        }

        var questions = new List<SurveyQuestion>();
        for (var i = 0; i < SurveyLimits.MaxQuestions; i++)
        {
            var kind = Enum.TryParse<QuestionKind>(input.Text(SurveyForm.KindInput(i)), out var k) && Enum.IsDefined(k) ? k : QuestionKind.Scale;
            var (question, problem) = SurveyComposition.Question(i, input.Text(SurveyForm.QuestionInput(i)), kind,
                input.Text(SurveyForm.OptionsInput(i)), input.Text(SurveyForm.PerMunicipalityInput(i)) == "true");
            if (problem is not null)
            {
                return await Again(problem);
            }

            if (question is not null)
            {
                questions.Add(question);
            }
        }

        if (questions.Count == 0)
        {
            return await Again(new ComposeProblem(ComposeProblemKind.NoQuestions));
        }

        var today = surveys.Today(turn.Community);
        if (DanishDate.TryParse(input.Text(SurveyForm.ClosesInput), today) is not { } closes || closes < today)
        {
            return await Again(new ComposeProblem(ComposeProblemKind.ClosesInPast));
        }

        var audience = Enum.TryParse<SurveyAudience>(input.Text(SurveyForm.AudienceInput), out var a) && Enum.IsDefined(a) ? a : SurveyAudience.Municipalities;
        var meetingId = input.Text(SurveyForm.MeetingInput);
        IReadOnlyCollection<string>? attendees = null;
        if (audience == SurveyAudience.MeetingAttendees)
        {
            var meeting = (await meetings.ListAsync(turn.Community.Id, turn.CancellationToken)).FirstOrDefault(m => m.Id == meetingId);
            if (meeting is null)
            {
                return await Again(new ComposeProblem(ComposeProblemKind.NoMeeting));
            }

            attendees = [.. meeting.Attendees.Select(p => p.AadObjectId).OfType<string>()];
        }

        var asked = SurveyAuthority.Audience(turn.Members, audience, attendees);
        if (asked.Count == 0)
        {
            return await Again(new ComposeProblem(ComposeProblemKind.NobodyAsked));
        }

        var survey = await surveys.SendAsync(turn.Community, turn.Actor!, new Survey
        {
            Number = 0, Title = title, Intro = intro, Questions = questions, Anonymous = input.Text(SurveyForm.AnonymousInput) != "false",
            Audience = audience, MeetingId = audience == SurveyAudience.MeetingAttendees ? meetingId : null, Recipients = [], Closes = closes,
            CreatedById = string.Empty, CreatedByName = string.Empty, SentAt = default,
        }, asked, turn.CancellationToken);
        return await replies.ListAsync(turn, new Notice(texts.SurveySent(survey.Number, survey.Title, texts.Count(asked.Count, Cards.Localization.Unit.Person),
            texts.Day(survey.Closes)), false));
    }
}
