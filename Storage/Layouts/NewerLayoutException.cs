namespace CoordinatorBot.Storage.Layouts;

/// <summary>
/// A row or a store of a layout newer than this code: a newer release wrote it. This code neither reads it nor writes
/// over it; run the newer release (or restore an archive this release wrote).
/// </summary>
public sealed class NewerLayoutException(int layout, string? where) : Exception(
    $"Stored data of layout {layout}{(where is null ? string.Empty : $" ({where})")} is newer than this bot, which knows layouts up to {StoreLayout.Current}: a newer release wrote it. This bot does not read or write it; run that release or a newer one.")
{
    public int Layout { get; } = layout;
}
