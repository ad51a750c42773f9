using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Storage.Onboarding;

/// <summary>
/// Onboardings (RowKey "o|{id}") and the community's checklist template (RowKey "template"), in the community's
/// partition.
/// </summary>
public sealed class OnboardingStore(StorageTables tables)
{
    private const string TemplateRow = "template";
    private TableClient Table => tables[TableNames.Onboardings];

    public async Task<ChecklistTemplate> TemplateAsync(string communityId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<JsonEntity>(TableKey.Escape(communityId), TemplateRow, cancellationToken: cancellationToken);
        return row.HasValue ? RecordJson.Read<ChecklistTemplate>(row.Value!.Json) : ChecklistTemplate.Default;
    }

    /// <summary>Changes the template with the ETag it was read with; a new community starts from the default.</summary>
    public async Task<ChecklistTemplate> UpdateTemplateAsync(string communityId, Func<ChecklistTemplate, ChecklistTemplate> change,
        CancellationToken cancellationToken)
    {
        var saved = await Table.ReadModifyWriteAsync<JsonEntity>(TableKey.Escape(communityId), TemplateRow,
            current => new JsonEntity
            {
                Json = RecordJson.Write(change(current is null ? ChecklistTemplate.Default : RecordJson.Read<ChecklistTemplate>(current.Json))),
            }, cancellationToken);
        return RecordJson.Read<ChecklistTemplate>(saved!.Json);
    }

    /// <summary>Adds an onboarding; false when one with the same id exists.</summary>
    public Task<bool> AddAsync(string communityId, Domain.Onboarding.Onboarding onboarding, CancellationToken cancellationToken) =>
        Table.TryInsertRecordAsync(communityId, Row(onboarding.Id), onboarding, cancellationToken);

    public Task<Domain.Onboarding.Onboarding?> GetAsync(string communityId, string id, CancellationToken cancellationToken) =>
        Table.GetRecordAsync<Domain.Onboarding.Onboarding>(communityId, Row(id), cancellationToken);

    /// <summary>Changes an onboarding with the ETag; <paramref name="change"/> returns null to leave it as it is.</summary>
    public Task<Domain.Onboarding.Onboarding?> UpdateAsync(string communityId, string id,
        Func<Domain.Onboarding.Onboarding, Domain.Onboarding.Onboarding?> change, CancellationToken cancellationToken) =>
        Table.UpdateRecordAsync(communityId, Row(id), change, cancellationToken);

    public async Task<IReadOnlyList<Domain.Onboarding.Onboarding>> ListAsync(string communityId, CancellationToken cancellationToken)
    {
        var partition = TableKey.Escape(communityId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"o|"} and RowKey lt {"o|~"}");
        var list = new List<Domain.Onboarding.Onboarding>();
        await foreach (var row in Table.QueryAsync<JsonEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(RecordJson.Read<Domain.Onboarding.Onboarding>(row.Json));
        }

        return list;
    }

    private static string Row(string id) => $"o|{TableKey.Escape(id)}";
}
