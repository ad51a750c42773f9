using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using CoordinatorBot.Cards.People;
using CoordinatorBot.Storage.People;

namespace CoordinatorBot.Bot.Features.People;

/// <summary>
/// The zip of "mine data": every row the bot holds about the person, as JSON (each table's rows whole, stored JSON
/// unfolded), and a readable summary in the person's language, grouped by what it is, without keys or JSON. Built when
/// the link is opened, so it is current.
/// </summary>
public sealed class PersonalDataArchive(PersonalDataStore store, PersonalDataReader reader, CommunityStore communities, TimeProvider time)
{
    /// <summary>The link "mine data" gives: one person's data, in one language.</summary>
    public static readonly Bot.Communities.SignedDownload Download = new("/people/data", "my-data", "person");

    // A file for the person to read, never embedded in a page: Danish letters as they are, not as \u00F8.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<(byte[] Zip, string FileName)> BuildAsync(string aadObjectId, Language language, CancellationToken cancellationToken)
    {
        var rows = await store.FindAsync(aadObjectId, cancellationToken);
        var now = time.GetUtcNow();
        var texts = new Texts(language);
        var byTable = rows.GroupBy(r => r.Table).ToList();

        var tablesJson = new JsonObject();
        foreach (var table in byTable)
        {
            tablesJson[table.Key] = new JsonArray([.. table.Select(Row)]);
        }

        var json = new JsonObject
        {
            ["person"] = aadObjectId,
            ["generatedAt"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["tables"] = tablesJson,
        };
        var zone = CommunityClock.Of((string?)null).Zone;
        var read = await reader.ReadAsync(aadObjectId, rows, cancellationToken);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in read.Select(e => e.Community).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (await communities.GetAsync(id, cancellationToken) is { } community)
            {
                names[id] = community.DisplayName;
            }
        }

        // A fact is said about a community by its name; a place that is none (a personal chat) is not named by its id.
        var entries = read.Select(e => e.Community is { } id && !names.ContainsKey(id) ? e with { Community = null } : e).ToList();

        var markdown = PersonalDataMarkdown.Compose(texts, now, zone, entries, names);

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await WriteAsync(zip, texts.PersonalDataJsonFile, json.ToJsonString(Indented), cancellationToken);
            await WriteAsync(zip, texts.PersonalDataMarkdownFile, markdown, cancellationToken);
        }

        return (buffer.ToArray(), $"{texts.PersonalDataZipName}-{now:yyyy-MM-dd}.zip");
    }

    private static JsonObject Row(PersonalRow row)
    {
        var properties = new JsonObject();
        foreach (var (key, value) in row.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            properties[key] = Value(value);
        }

        return new JsonObject
        {
            ["partitionKey"] = row.PartitionKey,
            ["rowKey"] = row.RowKey,
            ["timestamp"] = row.Timestamp?.ToString("O", CultureInfo.InvariantCulture),
            ["properties"] = properties,
        };
    }

    /// <summary>A stored value; a record kept as JSON text is unfolded, so the file reads as one document.</summary>
    private static JsonNode? Value(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string text when text.Length > 1 && text[0] is '{' or '[':
                try
                {
                    return JsonNode.Parse(text);
                }
                catch (JsonException)
                {
                    return JsonValue.Create(text);
                }

            case string text:
                return JsonValue.Create(text);
            case DateTimeOffset at:
                return JsonValue.Create(at.ToString("O", CultureInfo.InvariantCulture));
            case DateTime at:
                return JsonValue.Create(at.ToString("O", CultureInfo.InvariantCulture));
            case byte[] bytes:
                return JsonValue.Create(Convert.ToBase64String(bytes));
            default:
                return JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture));
        }
    }

    private static async Task WriteAsync(ZipArchive zip, string name, string content, CancellationToken cancellationToken)
    {
        await using var stream = zip.CreateEntry(name).Open();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(content), cancellationToken);
    }
}
