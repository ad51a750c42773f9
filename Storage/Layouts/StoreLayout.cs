namespace CoordinatorBot.Storage.Layouts;

/// <summary>
/// The layout of the stored tables that this code reads and writes. Every release that changes what is stored raises
/// it by one and adds its step to <see cref="LayoutHistory"/>.
/// </summary>
public static class StoreLayout
{
    /// <summary>The layout this code writes: the fifth release's (the first that records its layout).</summary>
    public const int Current = 5;

    /// <summary>The tables of a store that no release has marked with its layout (releases 1–4).</summary>
    public const int Unversioned = 0;

    /// <summary>The name of the property every row carries: the layout it was written in.</summary>
    public const string Property = "Layout";
}
