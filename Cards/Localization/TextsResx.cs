using System.Collections;
using System.Resources;

namespace CoordinatorBot.Cards.Localization;

/// <summary>One texts file as the build generated its accessors: its name, its resources and every key it holds.</summary>
public sealed record TextsResx(string Name, ResourceManager Resources, IReadOnlyList<string> Keys)
{
    /// <summary>The file's own texts in one language (Danish: the invariant culture), without falling back to Danish.</summary>
    public IReadOnlyDictionary<string, string> In(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => e.Value as string ?? string.Empty) ?? [];
}
