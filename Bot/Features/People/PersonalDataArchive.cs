using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using CoordinatorBot.Cards.Export;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Storage.People;

namespace CoordinatorBot.Bot.Features.People;

/// <summary>
/// The zip of "mine data": every row the bot holds about the person, as JSON (each table's rows whole, stored JSON
/// unfolded) and as a readable Markdown summary. Built when the link is opened, so it is current.
/// </summary>
public sealed class PersonalDataArchive(PersonalDataStore store, TimeProvider time)
{
    // A file for the person to read, never embedded in a page: Danish letters as they are, not as \u00F8.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
        var sections = byTable.Select(t => new PersonalDataSection(t.Key, [.. t.Select(r => Fields(r, zone))])).ToList();
        var markdown = PersonalDataMarkdown.Compose(texts, now, zone, sections);

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

    // Times as a Dane reads them, on the Danish clock ("2026-12-02 05:39"), not in the invariant culture's month-first form.
    private static IReadOnlyList<(string Key, string Value)> Fields(PersonalRow row, TimeZoneInfo zone) =>
    [
        ("PartitionKey", row.PartitionKey),
        ("RowKey", row.RowKey),
        .. row.Properties.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (p.Key, p.Value switch
            {
                DateTimeOffset at => TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                DateTime at => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                _ => Value(p.Value) is (JsonObject or JsonArray) and var unfolded ? unfolded.ToJsonString(Readable)
                    : Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? string.Empty,
            })),
    ];

    private static async Task WriteAsync(ZipArchive zip, string name, string content, CancellationToken cancellationToken)
    {
        await using var stream = zip.CreateEntry(name).Open();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(content), cancellationToken);
    }
}
