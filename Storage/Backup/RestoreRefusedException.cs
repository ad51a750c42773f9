namespace CoordinatorBot.Storage.Backup;

/// <summary>A restore that would overwrite or misread what is stored; its message says why and what to do instead.</summary>
public sealed class RestoreRefusedException(string message) : Exception(message);
