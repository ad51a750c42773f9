using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>
/// Reads a filter from what follows "beslutninger": status, type and body words in Danish or English, a year, and
/// any other words to search for ("beslutninger accepteret 2026 budget").
/// </summary>
public static class DecisionFilterReader
{
    private static readonly Texts[] Languages = [new(Language.Danish), new(Language.English)];

    public static DecisionFilter Read(string text)
    {
        var filter = new DecisionFilter();
        var words = new List<string>();
        foreach (var word in CommandText.Words(text))
        {
            var folded = CommandText.Fold(word);
            if (Match<DecisionStatus>(folded) is { } status)
            {
                filter = filter with { Status = status };
            }
            else if (Match<DecisionType>(folded) is { } type)
            {
                filter = filter with { Type = type };
            }
            else if (Match<DecidingBody>(folded) is { } body)
            {
                filter = filter with { Body = body };
            }
            else if (word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year > 2000)
            {
                filter = filter with { Year = year };
            }
            else
            {
                words.Add(word);
            }
        }

        return filter with { Words = words };
    }

    private static T? Match<T>(string folded) where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(value =>
            Languages.Any(t => t.FilterWords(value!.Value.ToString()).Any(w => CommandText.Fold(w) == folded)));
}
