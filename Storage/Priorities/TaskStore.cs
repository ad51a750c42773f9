using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Storage.Priorities;

/// <summary>The coordinator's tasks (RowKey "t|{id}") and the people's nudge preferences (RowKey "n|{person}") of a community.</summary>
public sealed class TaskStore(StorageTables tables)
{
    private const string SeededRow = "seeded";
    private TableClient Table => tables[TableNames.Tasks];

    /// <summary>The tasks; the first time, the community's default tasks are stored.</summary>
    public async Task<IReadOnlyList<CoordinatorTask>> ListAsync(string communityId, DateOnly today, CancellationToken cancellationToken)
    {
        var partition = TableKey.Escape(communityId);
        var seeded = await Table.GetEntityIfExistsAsync<JsonEntity>(partition, SeededRow, cancellationToken: cancellationToken);
        if (!seeded.HasValue)
        {
            // The defaults first, then the mark: a reader never sees the mark without the tasks.
            foreach (var task in DefaultTasks.For(today))
            {
                await SaveAsync(communityId, task, cancellationToken);
            }

            await Table.TryInsertAsync(new JsonEntity { PartitionKey = partition, RowKey = SeededRow, Json = "true" }, cancellationToken);
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"t|"} and RowKey lt {"t|~"}");
        var list = new List<CoordinatorTask>();
        await foreach (var row in Table.QueryAsync<JsonEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(RecordJson.Read<CoordinatorTask>(row.Json));
        }

        return list;
    }

    public async Task SaveAsync(string communityId, CoordinatorTask task, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(new JsonEntity
        {
            PartitionKey = TableKey.Escape(communityId), RowKey = $"t|{TableKey.Escape(task.Id)}", Json = RecordJson.Write(task),
        }, TableUpdateMode.Replace, cancellationToken);

    /// <summary>Changes a task with the ETag it was read with; null when there is no such task.</summary>
    public async Task<CoordinatorTask?> UpdateAsync(string communityId, string id, Func<CoordinatorTask, CoordinatorTask> change,
        CancellationToken cancellationToken)
    {
        var saved = await Table.ReadModifyWriteAsync<JsonEntity>(TableKey.Escape(communityId), $"t|{TableKey.Escape(id)}",
            current => current is null ? null : new JsonEntity { Json = RecordJson.Write(change(RecordJson.Read<CoordinatorTask>(current.Json))) },
            cancellationToken);
        return saved is null ? null : RecordJson.Read<CoordinatorTask>(saved.Json);
    }

    public async Task<NudgePreference> PreferenceAsync(string communityId, string person, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<JsonEntity>(TableKey.Escape(communityId), $"n|{TableKey.Escape(person)}",
            cancellationToken: cancellationToken);
        return row.HasValue ? RecordJson.Read<NudgePreference>(row.Value!.Json) : new NudgePreference();
    }

    public async Task<NudgePreference> UpdatePreferenceAsync(string communityId, string person, Func<NudgePreference, NudgePreference> change,
        CancellationToken cancellationToken)
    {
        var saved = await Table.ReadModifyWriteAsync<JsonEntity>(TableKey.Escape(communityId), $"n|{TableKey.Escape(person)}",
            current => new JsonEntity { Json = RecordJson.Write(change(current is null ? new NudgePreference() : RecordJson.Read<NudgePreference>(current.Json))) },
            cancellationToken);
        return RecordJson.Read<NudgePreference>(saved!.Json);
    }
}
