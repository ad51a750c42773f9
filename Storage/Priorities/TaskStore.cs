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

            await Table.TryClaimRecordAsync(communityId, SeededRow, true, cancellationToken);
        }

        return await Table.ListRecordsAsync<CoordinatorTask>(communityId, "t|", cancellationToken);
    }

    public async Task SaveAsync(string communityId, CoordinatorTask task, CancellationToken cancellationToken) =>
        await Table.SaveRecordAsync(communityId, $"t|{TableKey.Escape(task.Id)}", task, cancellationToken);

    /// <summary>Changes a task with the ETag it was read with; null when there is no such task.</summary>
    public Task<CoordinatorTask?> UpdateAsync(string communityId, string id, Func<CoordinatorTask, CoordinatorTask> change,
        CancellationToken cancellationToken) =>
        Table.UpdateRecordAsync<CoordinatorTask>(communityId, $"t|{TableKey.Escape(id)}", change, cancellationToken);

    public async Task<NudgePreference> PreferenceAsync(string communityId, string person, CancellationToken cancellationToken) =>
        await Table.GetRecordAsync<NudgePreference>(communityId, $"n|{TableKey.Escape(person)}", cancellationToken) ?? new NudgePreference();

    public async Task<NudgePreference> UpdatePreferenceAsync(string communityId, string person, Func<NudgePreference, NudgePreference> change,
        CancellationToken cancellationToken)
    {
        var saved = await Table.ReadModifyWriteAsync<JsonEntity>(TableKey.Escape(communityId), $"n|{TableKey.Escape(person)}",
            current => new JsonEntity { Json = RecordJson.Write(change(current is null ? new NudgePreference() : RecordJson.Read<NudgePreference>(current.Json))) },
            cancellationToken);
        return RecordJson.Read<NudgePreference>(saved!.Json);
    }
}
