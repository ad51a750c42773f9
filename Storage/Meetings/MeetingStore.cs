using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Storage.Meetings;

/// <summary>The community's meetings, one row each (RowKey "m|{id}") in the community's partition.</summary>
public sealed class MeetingStore(StorageTables tables) : RecordStore<Meeting, string>(tables, TableNames.Meetings)
{
    private const string Prefix = "m|";

    public async Task<IReadOnlyList<Meeting>> ListAsync(string communityId, CancellationToken cancellationToken) =>
        await Table.ListRecordsAsync<Meeting>(communityId, Prefix, cancellationToken);

    protected override string IdOf(Meeting meeting) => meeting.Id;

    protected override string RowKey(string id) => $"{Prefix}{TableKey.Escape(id)}";
}
