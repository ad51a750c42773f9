namespace CoordinatorBot.Storage.Tables;

/// <summary>Table Storage did not answer within the time a turn may wait for it (<see cref="StorageBudget"/>).</summary>
public sealed class StorageUnavailableException(string message) : Exception(message);
