using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Storage.Surveys;

/// <summary>
/// Surveys in the community's partition of one table: the counter ("counter"), each survey ("s|{number}"), a row per
/// person asked who has not answered yet ("p|{number}|{marker}", the marker a keyed hash of the person that the caller
/// makes; the row is deleted by the first answer), the answers ("a|{number}|{id}": an anonymous answer under a random id,
/// a named one under the person's object id) and the municipalities' answers to questions asked per municipality
/// ("m|{number}|{question}|{municipality}"). Nothing in an answer row points to a person in an anonymous survey, and no
/// row of the person's lasts beside it: the first answer deletes the person's waiting row in the same transaction that
/// adds the answer, so that neither a key nor a row's time stamp joins the two.
/// </summary>
public sealed class SurveyStore(StorageTables tables)
{
    // Table Storage takes at most 100 operations in one transaction.
    private const int Batch = 100;

    private TableClient Table => tables[TableNames.Surveys];

    public Task<int> NextNumberAsync(string communityId, CancellationToken cancellationToken) =>
        Table.NextNumberAsync(communityId, cancellationToken);

    /// <summary>Stores a new survey and a waiting row for each person asked (by their markers), before anything is sent.</summary>
    public async Task AddAsync(string communityId, Survey survey, IReadOnlyList<string> markers, CancellationToken cancellationToken)
    {
        var partition = TableKey.Escape(communityId);
        foreach (var chunk in markers.Distinct(StringComparer.Ordinal).Chunk(Batch))
        {
            await Table.SubmitTransactionAsync(chunk.Select(m => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                new JsonEntity { PartitionKey = partition, RowKey = Pending(survey.Number, m) })), cancellationToken);
        }

        // The table client sends an insert again when its answer is late: the row it meets may be this one.
        if (!await Table.TryInsertOwnAsync(RecordRows.RecordRow(communityId, SurveyRow(survey.Number), survey), cancellationToken))
        {
            throw new RequestFailedException(409, $"Survey {survey.Number} is stored already, as another survey.");
        }
    }

    public Task<Survey?> GetAsync(string communityId, int number, CancellationToken cancellationToken) =>
        Table.GetRecordAsync<Survey>(communityId, SurveyRow(number), cancellationToken);

    /// <summary>The community's surveys, newest first.</summary>
    public async Task<IReadOnlyList<Survey>> ListAsync(string communityId, CancellationToken cancellationToken) =>
        [.. (await Table.ListRecordsAsync<Survey>(communityId, "s|", cancellationToken)).OrderByDescending(s => s.Number)];

    /// <summary>Changes a survey with the ETag; null when there is none.</summary>
    public Task<Survey?> UpdateAsync(string communityId, int number, Func<Survey, Survey?> change, CancellationToken cancellationToken) =>
        Table.UpdateRecordAsync(communityId, SurveyRow(number), change, cancellationToken);

    /// <summary>Whether the person with this marker still waits to answer.</summary>
    public async Task<bool> IsWaitingAsync(string communityId, int number, string marker, CancellationToken cancellationToken) =>
        (await Table.GetEntityIfExistsAsync<JsonEntity>(TableKey.Escape(communityId), Pending(number, marker), select: ["RowKey"],
            cancellationToken: cancellationToken)).HasValue;

    /// <summary>The markers of those who have not answered yet.</summary>
    public async Task<IReadOnlySet<string>> WaitingAsync(string communityId, int number, CancellationToken cancellationToken)
    {
        var prefix = Pending(number, string.Empty);
        return await Table.QueryAsync<JsonEntity>(RecordRows.Prefixed(communityId, prefix), select: ["RowKey"], cancellationToken: cancellationToken)
            .Select(row => row.RowKey[prefix.Length..]).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>
    /// A person's first answer: their waiting row goes and the answer (with their municipality's answers) comes in one
    /// transaction; false when the waiting row was gone already (they answered, also at the same moment), and nothing is written.
    /// </summary>
    public async Task<bool> AnswerFirstAsync(string communityId, string marker, SurveyAnswer answer, IReadOnlyList<MunicipalityAnswer> municipalities,
        CancellationToken cancellationToken)
    {
        var partition = TableKey.Escape(communityId);
        try
        {
            await Table.SubmitTransactionAsync(
            [
                new(TableTransactionActionType.Delete, new JsonEntity { PartitionKey = partition, RowKey = Pending(answer.Survey, marker) }, ETag.All),
                new(TableTransactionActionType.Add, RecordRows.RecordRow(communityId, AnswerRow(answer.Survey, answer.Id), answer)),
                .. MunicipalityActions(communityId, municipalities),
            ], cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 409 or 412)
        {
            return false;
        }
    }

    /// <summary>Replaces an answer given before (and its municipality's answers); false when there is no such answer.</summary>
    public async Task<bool> ChangeAnswerAsync(string communityId, SurveyAnswer answer, IReadOnlyList<MunicipalityAnswer> municipalities,
        CancellationToken cancellationToken)
    {
        try
        {
            await Table.SubmitTransactionAsync(
            [
                new(TableTransactionActionType.UpdateReplace, RecordRows.RecordRow(communityId, AnswerRow(answer.Survey, answer.Id), answer), ETag.All),
                .. MunicipalityActions(communityId, municipalities),
            ], cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    public Task<SurveyAnswer?> AnswerAsync(string communityId, int number, string id, CancellationToken cancellationToken) =>
        Table.GetRecordAsync<SurveyAnswer>(communityId, AnswerRow(number, id), cancellationToken);

    /// <summary>A survey's answers and municipalities' answers in one query each.</summary>
    public async Task<SurveySnapshot> AnswersAsync(string communityId, int number, CancellationToken cancellationToken) =>
        new(await Table.ListRecordsAsync<SurveyAnswer>(communityId, AnswerRow(number, string.Empty), cancellationToken),
            await Table.ListRecordsAsync<MunicipalityAnswer>(communityId, $"m|{Number(number)}|", cancellationToken));

    private static IEnumerable<TableTransactionAction> MunicipalityActions(string communityId, IReadOnlyList<MunicipalityAnswer> municipalities) =>
        municipalities.Select(m => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
            RecordRows.RecordRow(communityId, $"m|{Number(m.Survey)}|{m.Question:D2}|{TableKey.Escape(m.Municipality)}", m)));

    private static string Number(int number) => number.ToString("D6", CultureInfo.InvariantCulture);

    private static string SurveyRow(int number) => $"s|{Number(number)}";

    private static string Pending(int number, string marker) => $"p|{Number(number)}|{marker}";

    private static string AnswerRow(int number, string id) => $"a|{Number(number)}|{TableKey.Escape(id)}";
}
