namespace CoordinatorBot.Storage.Onboarding;

/// <summary>Who has been greeted in a community, so that each new member is greeted once.</summary>
public sealed class GreetingStore(StorageTables tables)
{
    /// <summary>True for the one caller that records the greeting first.</summary>
    public Task<bool> TryRecordAsync(string communityId, string person, DateTimeOffset now, CancellationToken cancellationToken) =>
        tables[TableNames.Greetings].TryClaimRecordAsync(communityId, TableKey.Escape(person), now, cancellationToken);
}
