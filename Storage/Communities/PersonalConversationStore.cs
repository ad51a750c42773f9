namespace CoordinatorBot.Storage.Communities;

/// <summary>Each person's 1:1 conversation with the bot.</summary>
public sealed class PersonalConversationStore(StorageTables tables)
{
    private TableClient Table => tables[TableNames.PersonalConversations];

    public async Task<PersonalConversation?> GetAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<PersonalConversationEntity>(TableKey.Escape(tenantId),
            TableKey.Escape(aadObjectId), cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.ToConversation() : null;
    }

    public async Task<PersonalConversation?> UpdateAsync(string tenantId, string aadObjectId,
        Func<PersonalConversation?, PersonalConversation?> change, CancellationToken cancellationToken)
    {
        var saved = await Table.ReadModifyWriteAsync<PersonalConversationEntity>(TableKey.Escape(tenantId),
            TableKey.Escape(aadObjectId),
            current =>
            {
                var next = change(current?.ToConversation());
                return next is null ? null : PersonalConversationEntity.From(next);
            },
            cancellationToken);
        return saved?.ToConversation();
    }
}
