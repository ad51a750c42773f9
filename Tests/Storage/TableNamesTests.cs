using System.Reflection;

namespace CoordinatorBot.Tests.Storage;

/// <summary>
/// Each feature names its tables in its own part of <see cref="TableNames"/>; a table left out of
/// <see cref="TableNames.All"/> would never be created, exported or erased, so every one of them must be in it, once.
/// </summary>
[Trait("Category", "Unit")]
public sealed class TableNamesTests
{
    [Fact]
    public void Every_table_named_by_any_feature_is_in_All_once()
    {
        var named = typeof(TableNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.True(named.Count >= 19, $"Only {named.Count} tables found");
        Assert.Equal(named.Order(StringComparer.Ordinal), TableNames.All.Order(StringComparer.Ordinal));
    }
}
