namespace CoordinatorBot.Tests.Support;

/// <summary>The optional fields of a card's data as the tests send them: one a test does not give is not in the data at all.</summary>
public static class FormFields
{
    /// <summary>Adds each of <paramref name="fields"/> that has a value, in order, and returns <paramref name="data"/>.</summary>
    public static JsonObject WithGiven(this JsonObject data, params (string Key, string? Value)[] fields)
    {
        foreach (var (key, value) in fields)
        {
            if (value is not null)
            {
                data[key] = value;
            }
        }

        return data;
    }
}
