using CoordinatorBot.Cards.Surveys;
using CoordinatorBot.Domain.Surveys;
using CoordinatorBot.Storage.Surveys;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>
/// Surveys sent, answered and counted. Sending stores the survey and a waiting marker per person asked before it queues
/// the invitations (outbox keys "survey|{community}|{number}|{person}", so that the channel takes those the bot cannot
/// reach in a chat as one round). A first answer and the person's waiting marker change in one transaction; an anonymous
/// answer is kept under a random id that only the answerer's own card carries back.
/// </summary>
public sealed partial class SurveyService(SurveyStore store, SurveyMarkers markers, CommunitySender sender, ProactiveTargets targets,
    SurveyLinks links, TimeProvider time, ILogger<SurveyService> logger)
{
    public DateOnly Today(Community community) => community.Clock.Today(time.GetUtcNow());

    /// <summary>Stores the survey and queues an invitation for each person asked, in their own language; the survey as stored.</summary>
    public async Task<Survey> SendAsync(Community community, Member coordinator, Survey composed, IReadOnlyList<Member> asked,
        CancellationToken cancellationToken)
    {
        var number = await store.NextNumberAsync(community.Id, cancellationToken);
        var survey = composed with
        {
            Number = number, Recipients = [.. asked.Select(m => m.AadObjectId)], CreatedById = coordinator.AadObjectId,
            CreatedByName = coordinator.Name, SentAt = time.GetUtcNow(),
        };
        var marks = new List<string>();
        foreach (var person in asked)
        {
            marks.Add(await markers.OfAsync(community.Id, number, person.AadObjectId, cancellationToken));
        }

        await store.AddAsync(community.Id, survey, marks, cancellationToken);
        await InviteAsync(community, survey, asked, reminder: false, cancellationToken);
        Log.Sent(logger, community.Id, number, asked.Count);
        return survey;
    }

    /// <summary>Queues the invitation (or the reminder) for each of <paramref name="people"/>, each once per key.</summary>
    public async Task InviteAsync(Community community, Survey survey, IReadOnlyList<Member> people, bool reminder, CancellationToken cancellationToken)
    {
        var kind = reminder ? "survey-reminder" : "survey";
        foreach (var person in people)
        {
            var reach = await targets.ReachAsync(community, person, cancellationToken);
            await sender.EnqueueAsync($"{kind}|{community.Id}|{survey.Number}|{person.AadObjectId}", community, person,
                SurveyInvitation.Compose(new Texts(reach.Language), survey, reminder), reach.Target, cancellationToken);
        }
    }

    public Task<Survey?> GetAsync(Community community, int number, CancellationToken cancellationToken) =>
        store.GetAsync(community.Id, number, cancellationToken);

    public Task<IReadOnlyList<Survey>> ListAsync(Community community, CancellationToken cancellationToken) =>
        store.ListAsync(community.Id, cancellationToken);

    public async Task<bool> HasAnsweredAsync(Community community, Survey survey, string aadObjectId, CancellationToken cancellationToken) =>
        !await store.IsWaitingAsync(community.Id, survey.Number, await markers.OfAsync(community.Id, survey.Number, aadObjectId, cancellationToken),
            cancellationToken);

    /// <summary>The people asked who have not answered yet.</summary>
    public async Task<IReadOnlyList<string>> NotAnsweredAsync(Community community, Survey survey, CancellationToken cancellationToken)
    {
        var waiting = await store.WaitingAsync(community.Id, survey.Number, cancellationToken);
        var list = new List<string>();
        foreach (var person in survey.Recipients)
        {
            if (waiting.Contains(await markers.OfAsync(community.Id, survey.Number, person, cancellationToken)))
            {
                list.Add(person);
            }
        }

        return list;
    }

    /// <summary>A named answer, read by its giver's identity; an anonymous one only by the id its giver's card holds.</summary>
    public Task<SurveyAnswer?> AnswerOfAsync(Community community, Survey survey, Member person, string? answerId, CancellationToken cancellationToken) =>
        survey.Anonymous
            ? answerId is null ? Task.FromResult<SurveyAnswer?>(null) : store.AnswerAsync(community.Id, survey.Number, answerId, cancellationToken)
            : store.AnswerAsync(community.Id, survey.Number, person.AadObjectId, cancellationToken);

    /// <summary>
    /// Takes a person's answer: the first (their waiting marker goes in the same transaction), or a change of the one
    /// they gave. The per-municipality questions' values are kept as their municipality's answer.
    /// </summary>
    public async Task<AnswerOutcome> AnswerAsync(Community community, Survey survey, Member person, string? answerId,
        IReadOnlyDictionary<int, IReadOnlyList<string>> values, CancellationToken cancellationToken)
    {
        var municipality = SurveyAuthority.AnswersFor(person);
        var own = values.Where(v => !survey.Questions[v.Key].PerMunicipality).ToDictionary(v => v.Key, v => v.Value);
        var forMunicipality = municipality is null ? [] : values.Where(v => survey.Questions[v.Key].PerMunicipality)
            .Select(v => new MunicipalityAnswer(survey.Number, v.Key, municipality, v.Value)).ToList();
        var marker = await markers.OfAsync(community.Id, survey.Number, person.AadObjectId, cancellationToken);
        if (await store.IsWaitingAsync(community.Id, survey.Number, marker, cancellationToken))
        {
            var answer = Answer(survey, person, survey.Anonymous ? Guid.NewGuid().ToString("N") : person.AadObjectId, own);
            if (await store.AnswerFirstAsync(community.Id, marker, answer, forMunicipality, cancellationToken))
            {
                return new AnswerOutcome(AnswerOutcomeKind.Saved, answer.Id);
            }
        }

        // Answered before (or a moment ago, by another press): a change of the answer the person can name.
        var id = survey.Anonymous ? answerId : person.AadObjectId;
        if (id is null)
        {
            return new AnswerOutcome(AnswerOutcomeKind.AlreadyAnswered, null);
        }

        return await store.ChangeAnswerAsync(community.Id, Answer(survey, person, id, own), forMunicipality, cancellationToken)
            ? new AnswerOutcome(AnswerOutcomeKind.Changed, id)
            : new AnswerOutcome(AnswerOutcomeKind.AlreadyAnswered, null);
    }

    private static SurveyAnswer Answer(Survey survey, Member person, string id, IReadOnlyDictionary<int, IReadOnlyList<string>> values) => new()
    {
        Id = id, Survey = survey.Number, Values = values,
        RespondentId = survey.Anonymous ? null : person.AadObjectId, RespondentName = survey.Anonymous ? null : person.Name,
    };

    /// <summary>The survey's answers counted, with the stored answers (for the CSV of a named survey).</summary>
    public async Task<(SurveyResults Results, IReadOnlyList<SurveyAnswer> Answers)> ResultsAsync(string communityId, Survey survey,
        CancellationToken cancellationToken)
    {
        var snapshot = await store.AnswersAsync(communityId, survey.Number, cancellationToken);
        return (SurveyResults.Count(survey, snapshot.Answers, snapshot.Municipalities), snapshot.Answers);
    }

    /// <summary>The results card, its charts and CSV behind signed links.</summary>
    public async Task<Cards.Model.AdaptiveCard> ResultsCardAsync(Community community, Survey survey, Texts texts, bool canOffer,
        Cards.Common.Notice? notice, CancellationToken cancellationToken)
    {
        var (results, _) = await ResultsAsync(community.Id, survey, cancellationToken);
        var charts = new Dictionary<int, Uri>();
        foreach (var question in results.Questions.Where(SurveyCharts.HasChart))
        {
            charts[question.Index] = await links.ChartAsync(community.Id, survey.Number, question.Index, texts.Language, cancellationToken);
        }

        var csv = await links.CsvAsync(community.Id, survey.Number, texts.Language, cancellationToken);
        return SurveyResultsCard.Compose(texts, results, Today(community), charts, csv, canOffer, notice);
    }

    /// <summary>Marks a closed survey's results for the next status report; null when there is no such survey.</summary>
    public Task<Survey?> OfferToReportAsync(Community community, int number, CancellationToken cancellationToken) =>
        store.UpdateAsync(community.Id, number, s => s.ForStatusReport ? null : s with { OfferedForReport = Today(community) }, cancellationToken);

    private static partial class Log
    {
        [LoggerMessage(EventId = 9401, Level = LogLevel.Information, Message = "Survey {Number} sent to {Count} people in community {CommunityId}")]
        public static partial void Sent(ILogger logger, string communityId, int number, int count);
    }
}
