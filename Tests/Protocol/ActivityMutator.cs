namespace CoordinatorBot.Tests.Protocol;

/// <summary>
/// Breaks real activities the ways a careless or hostile sender would: fields removed, set to null, of another JSON
/// type, empty, huge, ids that table keys cannot hold, null items inside arrays. Seeded, so a run can be repeated.
/// </summary>
public sealed class ActivityMutator(int seed)
{
    private static readonly string[] OddStrings =
    [
        "", " ", "a/b", "a\\b", "a#b", "a?b", "a%b", "tab\there", "new\nline", "nul\u0000", "del\u007f", "\u0085",
        "😀", "..", "../../v3", "%2F", "<at>x</at>", "19:x@thread.tacv2;messageid=1", "\"quoted\"",
        new string('/', 600), new string('x', 1500), new string('é', 3000),
    ];

    private static readonly string[] Essentials = ["conversation", "from", "id", "recipient", "type", "channelData", "value", "text"];

    private readonly Random _random = new(seed);

    /// <summary>One to three mutations of a copy of <paramref name="activity"/>.</summary>
    public JsonObject Mutate(JsonObject activity)
    {
        var copy = activity.DeepClone().AsObject();
        var count = 1 + _random.Next(3);
        for (var i = 0; i < count; i++)
        {
            MutateOnce(copy);
        }

        return copy;
    }

    private void MutateOnce(JsonObject root)
    {
        // A third of the time one of the fields every handler leans on; otherwise any node of the tree.
        if (_random.Next(3) == 0)
        {
            var name = Essentials[_random.Next(Essentials.Length)];
            Change(root, name);
            return;
        }

        var containers = new List<JsonNode>();
        Collect(root, containers);
        var container = containers[_random.Next(containers.Count)];
        switch (container)
        {
            case JsonObject obj when obj.Count > 0:
                Change(obj, obj.ElementAt(_random.Next(obj.Count)).Key);
                break;
            case JsonArray array when array.Count > 0:
                var index = _random.Next(array.Count);
                array[index] = _random.Next(4) == 0 ? null : Replacement(array[index]);
                if (_random.Next(3) == 0)
                {
                    array.Add(null);
                }

                break;
            case JsonArray array:
                array.Add(null);
                break;
        }
    }

    private void Change(JsonObject obj, string name)
    {
        switch (_random.Next(4))
        {
            case 0:
                obj.Remove(name);
                break;
            case 1:
                obj[name] = null;
                break;
            default:
                obj[name] = Replacement(obj[name]);
                break;
        }
    }

    /// <summary>Another value for a node: another JSON type, an empty or huge or odd string, an array of nulls.</summary>
    private JsonNode? Replacement(JsonNode? current) => _random.Next(10) switch
    {
        0 => JsonValue.Create(_random.Next(-2, 1_000_000)),
        1 => JsonValue.Create(_random.Next(2) == 0),
        2 => new JsonObject(),
        3 => new JsonArray(null, JsonValue.Create(1), new JsonObject()),
        4 => JsonValue.Create(string.Empty),
        5 => JsonValue.Create(new string('x', 20_000 + _random.Next(60_000))),
        6 => JsonValue.Create(1.5e300),
        7 => current is JsonObject obj ? Emptied(obj) : JsonValue.Create(OddStrings[_random.Next(OddStrings.Length)]),
        _ => JsonValue.Create(OddStrings[_random.Next(OddStrings.Length)]),
    };

    /// <summary>An object whose members are all null: the shape stays, the content is gone.</summary>
    private static JsonObject Emptied(JsonObject obj)
    {
        var emptied = new JsonObject();
        foreach (var (key, _) in obj)
        {
            emptied[key] = null;
        }

        return emptied;
    }

    private static void Collect(JsonNode node, List<JsonNode> into)
    {
        into.Add(node);
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children)
        {
            if (child is JsonObject or JsonArray)
            {
                Collect(child, into);
            }
        }
    }
}
