using System.Text.Json.Nodes;

namespace CoordinatorBot.Storage.Layouts.Steps;

/// <summary>
/// Layout 5's data fix: releases 1–4 named two municipalities otherwise than DAGI and Danmarks Statistik do —
/// "København Kommune" for Københavns Kommune and "Vesthimmerland Kommune" for Vesthimmerlands Kommune — and a
/// municipality is now stored by its official name without "Kommune" ("Københavns", "Vesthimmerlands", "Bornholms" for
/// Bornholms Regionskommune). The roles hold the full name (members: a role's Municipality, the history's Organisation);
/// the backlog (a wish's municipality, an item's municipalities, a support's JSON and its key "s|{wish}|{municipality}"),
/// onboardings, open dialogs and status reports the short one. Written against the rows as releases 1–4 stored them. A
/// support whose key holds an old name is copied to the new key before the old row goes, so a step stopped between the
/// two simply copies again; a row without an old name is passed over.
/// </summary>
internal sealed class OfficialMunicipalityNames : ILayoutStep
{
    // Old name -> official name, as stored short (backlog, onboardings, dialogs, reports) and full (roles).
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["København"] = "Københavns",
        ["Vesthimmerland"] = "Vesthimmerlands",
        ["Bornholm"] = "Bornholms",
        ["København Kommune"] = "Københavns Kommune",
        ["Vesthimmerland Kommune"] = "Vesthimmerlands Kommune",
        ["Bornholm Kommune"] = "Bornholms Regionskommune",
    };

    private const string SupportPrefix = "s|";

    public async Task RunAsync(UpgradeContext context, CancellationToken cancellationToken)
    {
        var tables = context.Tables;
        var existing = await tables.ExistingAsync([TableNames.Members, TableNames.Backlog, TableNames.Onboardings, TableNames.Dialogs,
            TableNames.StatusReports], cancellationToken);
        var changed = 0;
        foreach (var name in existing)
        {
            var table = tables[name];
            await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
            {
                if (await BringAsync(table, name, row, cancellationToken) && ++changed % 50 == 0)
                {
                    await context.KeepLeaseAsync(cancellationToken);
                }
            }
        }
    }

    private static async Task<bool> BringAsync(TableClient table, string name, TableEntity row, CancellationToken cancellationToken)
    {
        var update = new TableEntity(row.PartitionKey, row.RowKey);
        var renamedAny = false;
        if (name == TableNames.Members)
        {
            foreach (var property in new[] { "Municipality", "Organisation" })
            {
                if (row.GetString(property) is { } old && Renamed.TryGetValue(old, out var official))
                {
                    update[property] = official;
                    renamedAny = true;
                }
            }
        }
        else if (row.GetString("Json") is { Length: > 0 } json && JsonNode.Parse(json) is { } node && Rename(node))
        {
            update["Json"] = node.ToJsonString();
            renamedAny = true;
        }

        var newKey = name == TableNames.Backlog ? SupportKey(row.RowKey) : null;
        if (newKey is null)
        {
            if (!renamedAny)
            {
                return false;
            }

            await table.UpdateEntityAsync(update, row.ETag, TableUpdateMode.Merge, cancellationToken);
            return true;
        }

        // A support keyed by its municipality moves to the official name's key: the copy first, then the old row.
        var moved = new TableEntity(row.PartitionKey, newKey);
        foreach (var (key, value) in row.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")))
        {
            moved[key] = update.TryGetValue(key, out var renamed) ? renamed : value;
        }

        await table.UpsertEntityAsync(moved, TableUpdateMode.Replace, cancellationToken);
        await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        return true;
    }

    /// <summary>"s|000001|København" -> "s|000001|Københavns"; null for any other key.</summary>
    private static string? SupportKey(string rowKey)
    {
        if (!rowKey.StartsWith(SupportPrefix, StringComparison.Ordinal) || rowKey.LastIndexOf('|') is var last && last < SupportPrefix.Length)
        {
            return null;
        }

        return Renamed.TryGetValue(rowKey[(last + 1)..], out var official) ? $"{rowKey[..(last + 1)]}{official}" : null;
    }

    /// <summary>Renames the values of every "municipality" and "municipalities" in the record; true when one changed.</summary>
    private static bool Rename(JsonNode node)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject record:
                foreach (var (key, value) in record.ToList())
                {
                    if (key == "municipality" && value is JsonValue v && v.TryGetValue<string>(out var old) && Renamed.TryGetValue(old, out var official))
                    {
                        record[key] = official;
                        changed = true;
                    }
                    else if (key == "municipalities" && value is JsonArray list)
                    {
                        for (var i = 0; i < list.Count; i++)
                        {
                            if (list[i] is JsonValue item && item.TryGetValue<string>(out var name) && Renamed.TryGetValue(name, out var renamed))
                            {
                                list[i] = renamed;
                                changed = true;
                            }
                        }
                    }
                    else if (value is not null)
                    {
                        changed |= Rename(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array.OfType<JsonNode>())
                {
                    changed |= Rename(item);
                }

                break;
        }

        return changed;
    }
}
