namespace CoordinatorBot.Storage.Layouts;

/// <summary>
/// The layout of the stored tables that this code reads and writes. Every row carries it in its
/// <see cref="Property"/>; every release that changes what is stored raises it by one and adds its step to
/// <see cref="LayoutHistory"/>.
/// </summary>
public static class StoreLayout
{
    /// <summary>The layout this code writes (the fifth release's was the first whose rows say their layout).</summary>
    public const int Current = 7;

    /// <summary>What the archive of tables written by releases 1–4 says: their rows carry no layout.</summary>
    public const int Unversioned = 0;

    /// <summary>The property every row carries: the layout it was written in.</summary>
    public const string Property = "Layout";

    /// <summary>Marks a row written as a property bag with this code's layout.</summary>
    public static TableEntity Stamp(TableEntity row)
    {
        row[Property] = Current;
        return row;
    }

    /// <summary>Refuses a row that a newer release wrote: this code does not know its shape and must not write over it.</summary>
    /// <exception cref="NewerLayoutException">The row's layout is newer than <see cref="Current"/>.</exception>
    public static void EnsureKnown(int layout, string? where = null)
    {
        if (layout > Current)
        {
            throw new NewerLayoutException(layout, where);
        }
    }

    /// <inheritdoc cref="EnsureKnown(int, string?)"/>
    public static void EnsureKnown(TableEntity row) =>
        EnsureKnown(row.GetInt32(Property) ?? Current, $"{row.PartitionKey} / {row.RowKey}");
}
