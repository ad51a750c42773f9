using CoordinatorBot.Cards.Surveys;
using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>The answers several of the feature's handlers give: the composing card, the list, a survey named on a card.</summary>
public sealed class SurveyReplies(SurveyService surveys, IMeetingReadings meetings, TimeProvider time)
{
    /// <summary>Meetings of the last 60 days and to come, not cancelled: those whose attendees a survey may ask.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> MeetingsAsync(Community community, Texts texts, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().AddDays(-60);
        return [.. (await meetings.ListAsync(community.Id, cancellationToken))
            .Where(m => !m.IsCancelled && m.Start >= since).OrderBy(m => m.Start)
            .Select(m => (m.Id, $"{m.Title} ({texts.Date(m.Start, community.Clock.Zone)})"))];
    }

    public async Task<Reply> FormAsync(CommunityTurn turn, Func<string, string?>? entered = null, string? problem = null) =>
        Reply.WithCard(SurveyForm.Compose(turn.Texts, SurveyDates.DefaultClosing(surveys.Today(turn.Community)),
            await MeetingsAsync(turn.Community, turn.Texts, turn.CancellationToken), entered, problem));

    public async Task<Reply> ListAsync(CommunityTurn turn, Notice? notice = null)
    {
        var rows = new List<SurveyRow>();
        foreach (var survey in await surveys.ListAsync(turn.Community, turn.CancellationToken))
        {
            rows.Add(new SurveyRow(survey, (await surveys.ResultsAsync(turn.Community.Id, survey, turn.CancellationToken)).Results.Answers));
        }

        return Reply.WithCard(SurveyList.Compose(turn.Texts, rows, surveys.Today(turn.Community), notice));
    }

    /// <summary>The survey a card names, checked against this community; null when it is not one of its.</summary>
    public async Task<Survey?> NamedAsync(CommunityTurn turn, string? number) =>
        int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? await surveys.GetAsync(turn.Community, n, turn.CancellationToken)
            : null;

    /// <summary>The survey a card names when the presser may answer it now; otherwise the reply that says why not.</summary>
    public async Task<(Survey? Survey, Reply? Refusal)> AnswerableAsync(CommunityTurn turn, CardInput input)
    {
        if (await NamedAsync(turn, input.Text(Cards.Composers.CardVerbs.SurveyKey)) is not { } survey)
        {
            return (null, Reply.WithText(turn.Texts.SurveyNotFound));
        }

        return SurveyAuthority.MayAnswer(turn.Actor, survey, surveys.Today(turn.Community)) is var permission and not SurveyPermission.Allowed
            ? (null, Reply.WithText(turn.Texts.SurveyRefusal(permission)))
            : (survey, null);
    }
}
