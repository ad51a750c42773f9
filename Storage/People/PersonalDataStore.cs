using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoordinatorBot.Storage.Decisions;

namespace CoordinatorBot.Storage.People;

/// <summary>
/// Everything the bot holds about one person, found by scanning every table that <see cref="PersonalDataCatalog"/>
/// says holds people for their Entra object id (and their Teams user ids): for the export ("mine data") and for
/// erasure ("slet mine data"), which erases the rows that serve the person alone and pseudonymises the rest.
/// Scans are whole tables, acceptable for a request a person makes now and then.
/// </summary>
public sealed partial class PersonalDataStore(StorageTables tables, PseudonymStore pseudonyms, DecisionCache decisionCache)
{
    private const int MaxErasePasses = 3;
    private static readonly HashSet<string> SystemProperties = new(StringComparer.Ordinal) { "PartitionKey", "RowKey", "Timestamp" };

    /// <summary>
    /// Every row that mentions the person, table by table in the order of <see cref="TableNames.All"/>. A row shared
    /// with others (a decision, a meeting) names the others too: their ids and names become
    /// <see cref="OtherPersonId"/> and <see cref="OtherPersonName"/>, so that one person's export holds nothing of another.
    /// </summary>
    public async Task<IReadOnlyList<PersonalRow>> FindAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var identity = await IdentifyAsync(aadObjectId, cancellationToken);
        var found = await ScanAsync(identity, cancellationToken);
        if (identity.Learn(found))
        {
            // Their address, learnt from a record beside their id, finds the rows that hold only the address.
            found = await ScanAsync(identity, cancellationToken);
        }

        var others = await OthersAsync(identity, cancellationToken);
        others.LearnOthers(identity, found);
        var rows = new List<PersonalRow>();
        foreach (var (table, row) in found)
        {
            rows.Add(new PersonalRow(table, Redact(row.PartitionKey, identity, others), Redact(row.RowKey, identity, others), row.Timestamp,
                row.Where(p => !SystemProperties.Contains(p.Key) && !p.Key.StartsWith("odata.", StringComparison.Ordinal))
                    .ToDictionary(p => p.Key, p => p.Value is string text ? Redact(text, identity, others, p.Key) : (object?)p.Value,
                        StringComparer.Ordinal)) { StoredPartitionKey = row.PartitionKey });
        }

        return rows;
    }

    /// <summary>
    /// Someone else in the person's export: the people the bot knows by id and name, and any e-mail address that is
    /// not the person's own (an external attendee, a contact typed in, an organizer mailbox).
    /// </summary>
    private static string Redact(string text, PersonIdentity person, PersonIdentity others, string? key = null) =>
        EmailAddress().Replace(others.Replace(text, OtherPersonId, OtherPersonName, key),
            m => person.Ids.Contains(m.Value) ? m.Value : OtherPersonId);

    // The top-level domain ends the address: a Teams channel id ("19:…@thread.tacv2") is no address, and stays.
    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9])")]
    private static partial Regex EmailAddress();

    /// <summary>What stands for someone else in a person's export.</summary>
    public const string OtherPersonId = "anden-person";

    public const string OtherPersonName = "Anden person";

    /// <summary>
    /// Forgets the person: the rows that serve them alone are deleted; in the rest their object id, Teams ids and
    /// name become their pseudonym. A row keyed by the person moves to a key with the pseudonym (votes stay counted).
    /// Returns the pseudonym and how many rows were erased and pseudonymised. <paramref name="beforeSeats"/> (ending their
    /// memberships, say) runs once their votes are under the pseudonym and before their seats go: never is a vote of
    /// theirs neither a member's nor the pseudonym's; what it writes of them is taken on the next pass.
    /// </summary>
    public async Task<ErasureResult> EraseAsync(string aadObjectId, CancellationToken cancellationToken,
        Func<CancellationToken, Task>? beforeSeats = null)
    {
        var identity = await IdentifyAsync(aadObjectId, cancellationToken);
        var pseudonym = await pseudonyms.GetOrCreateAsync(aadObjectId, cancellationToken);
        var escaped = TableKey.Escape(aadObjectId);
        int erased = 0, pseudonymised = 0;
        // A row written while we work, or one whose ETag changed under us, is taken on the next pass.
        for (var pass = 0; pass < MaxErasePasses; pass++)
        {
            var found = await ScanAsync(identity, cancellationToken);
            if (identity.Learn(found))
            {
                // Their address kept beside their id (a meeting's attendee, a contact) goes too, wherever it is.
                found = await ScanAsync(identity, cancellationToken);
            }

            if (found.Count == 0)
            {
                break;
            }

            // Their seats go last: until then a vote of theirs already under the pseudonym still counts (as every
            // pseudonym's does), while one not yet moved counts as a member's. Never is it neither, so a tally taken
            // meanwhile (the shared card's) cannot close a decision without it.
            // A row that could not be taken this pass (changed or gone under us) keeps their seats for the next pass too.
            var missed = false;
            foreach (var (table, row) in found.OrderBy(f => f.Table == TableNames.Members))
            {
                if (table == TableNames.Members)
                {
                    if (missed)
                    {
                        break;
                    }

                    if (beforeSeats is not null)
                    {
                        await beforeSeats(cancellationToken);
                        beforeSeats = null;
                    }
                }

                var client = tables[table];
                try
                {
                    // A row that names them only by name (the one who acted) is never theirs alone: it is kept.
                    if (identity.IsMentionedById(row) && PersonalDataCatalog.Tables[table].Erases(row, escaped))
                    {
                        await client.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
                        erased++;
                        continue;
                    }

                    var replaced = Replace(row, identity, pseudonym);
                    if (replaced.PartitionKey == row.PartitionKey && replaced.RowKey == row.RowKey)
                    {
                        await client.UpdateEntityAsync(replaced, row.ETag, TableUpdateMode.Replace, cancellationToken);
                    }
                    else
                    {
                        await client.UpsertEntityAsync(replaced, TableUpdateMode.Replace, cancellationToken);
                        await client.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
                    }

                    pseudonymised++;
                }
                catch (RequestFailedException e) when (e.Status is 404 or 412)
                {
                    // Gone or changed meanwhile: the next pass reads it again.
                    missed = true;
                }
            }
        }

        if (beforeSeats is not null)
        {
            // No seat was found to go: nothing of theirs waits on it.
            await beforeSeats(cancellationToken);
        }

        // This instance's readings of decisions for votes may name them; another instance's go within seconds.
        decisionCache.Clear();
        return new ErasureResult(pseudonym, erased, pseudonymised);
    }

    /// <summary>The person's ids (object id, its key form, their Teams user ids) and names, read from their roles and chat.</summary>
    private async Task<PersonIdentity> IdentifyAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        if (PersonalDataCatalog.Unclassified is { Count: > 0 } unclassified)
        {
            throw new InvalidOperationException($"Tables not classified in PersonalDataCatalog: {string.Join(", ", unclassified)}.");
        }

        var people = await PeopleAsync(cancellationToken);
        return people.TryGetValue(aadObjectId, out var known)
            ? known with { Ids = [.. known.Ids, TableKey.Escape(aadObjectId)] }
            : new PersonIdentity([aadObjectId, TableKey.Escape(aadObjectId)], []);
    }

    /// <summary>Everyone else the bot knows, as one identity to replace: their ids, and the names that are not also the person's.</summary>
    private async Task<PersonIdentity> OthersAsync(PersonIdentity person, CancellationToken cancellationToken)
    {
        var others = new PersonIdentity([], []);
        foreach (var (id, identity) in await PeopleAsync(cancellationToken))
        {
            if (person.Ids.Contains(id))
            {
                continue;
            }

            others.Ids.UnionWith(identity.Ids.Append(TableKey.Escape(id)));
            others.Names.UnionWith(identity.Names.Where(n => !person.Names.Contains(n)));
        }

        // A Teams id of the person's own that happens to hold another's id stays the person's.
        others.Ids.ExceptWith(person.Ids);
        return others;
    }

    /// <summary>Every person in the roles (and their history) and the personal chats, by object id.</summary>
    private async Task<Dictionary<string, PersonIdentity>> PeopleAsync(CancellationToken cancellationToken)
    {
        var people = new Dictionary<string, PersonIdentity>(StringComparer.Ordinal);
        foreach (var table in new[] { TableNames.Members, TableNames.PersonalConversations })
        {
            await foreach (var row in tables[table].QueryAsync<TableEntity>(cancellationToken: cancellationToken))
            {
                StoreLayout.EnsureKnown(row);
                if (row.GetString("AadObjectId") is not { Length: > 0 } id)
                {
                    continue;
                }

                if (!people.TryGetValue(id, out var identity))
                {
                    people[id] = identity = new PersonIdentity([id], []);
                }

                foreach (var key in new[] { "TeamsUserId", "UserId" })
                {
                    if (row.GetString(key) is { Length: > 3 } teamsId)
                    {
                        identity.Ids.Add(teamsId);
                    }
                }

                if (row.GetString("Name") is { Length: > 1 } name)
                {
                    identity.Names.Add(name);
                }

                if (table == TableNames.Members)
                {
                    identity.Communities.Add(row.PartitionKey);
                }
            }
        }

        return people;
    }

    private async Task<List<(string Table, TableEntity Row)>> ScanAsync(PersonIdentity identity, CancellationToken cancellationToken)
    {
        var found = new List<(string, TableEntity)>();
        foreach (var table in TableNames.All.Where(t => PersonalDataCatalog.Tables[t].HoldsPeople))
        {
            await foreach (var row in tables[table].QueryAsync<TableEntity>(cancellationToken: cancellationToken))
            {
                StoreLayout.EnsureKnown(row);
                if (identity.IsMentionedIn(row))
                {
                    found.Add((table, row));
                }
            }
        }

        return found;
    }

    private static TableEntity Replace(TableEntity row, PersonIdentity identity, Pseudonym pseudonym)
    {
        var next = new TableEntity(identity.Replace(row.PartitionKey, pseudonym.Id, pseudonym.Name),
            identity.Replace(row.RowKey, pseudonym.Id, pseudonym.Name));
        foreach (var (key, value) in row)
        {
            if (SystemProperties.Contains(key) || key.StartsWith("odata.", StringComparison.Ordinal))
            {
                continue;
            }

            next[key] = value is string text ? identity.Replace(text, pseudonym.Id, pseudonym.Name, key) : value;
        }

        return StoreLayout.Stamp(next);
    }

    /// <summary>
    /// The people a row names, in its own properties or in the JSON it keeps (JSON inside JSON too): an "aadObjectId"
    /// with the "name" and "email" beside it, a "…ById" with its "…ByName" and "…ByEmail", a "voterId" with its "voterName".
    /// </summary>
    private static List<(string Id, string? Name, string? Email)> PeopleNamedIn(TableEntity row)
    {
        var found = new List<(string, string?, string?)>();
        Collect([.. row.Where(p => p.Value is string).Select(p => (p.Key, (string)p.Value))], found);
        return found;
    }

    private static void Collect(IReadOnlyList<(string Key, string Value)> properties, List<(string, string?, string?)> found)
    {
        string? Beside(string key) => properties.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
        foreach (var (key, value) in properties)
        {
            if (IdPrefix(key) is { } prefix && value.Length > 3)
            {
                found.Add((value, Beside(prefix.Length == 0 ? "name" : $"{prefix}Name"), Beside(prefix.Length == 0 ? "email" : $"{prefix}Email")));
            }
            else if (value.Length > 1 && value[0] is '{' or '[')
            {
                try
                {
                    Walk(JsonNode.Parse(value), found);
                }
                catch (JsonException)
                {
                    // Text that only looks like JSON.
                }
            }
        }
    }

    private static void Walk(JsonNode? node, List<(string, string?, string?)> found)
    {
        switch (node)
        {
            case JsonObject o:
                Collect([.. o.Where(p => p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                    .Select(p => (p.Key, p.Value!.GetValue<string>()))], found);
                foreach (var (_, child) in o.Where(p => p.Value is JsonObject or JsonArray))
                {
                    Walk(child, found);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Walk(item, found);
                }

                break;
        }
    }

    private static string? IdPrefix(string key) =>
        key.Equals("aadObjectId", StringComparison.OrdinalIgnoreCase) ? string.Empty
        : key.Equals("voterId", StringComparison.OrdinalIgnoreCase) ? "voter"
        : key.EndsWith("ById", StringComparison.OrdinalIgnoreCase) ? key[..^2]
        : null;

    /// <summary>A value as it is stored raw, inside JSON and inside JSON inside JSON (where '+' is "\u002B").</summary>
    private static IEnumerable<string> StoredForms(string value)
    {
        var once = JsonSerializer.Serialize(value)[1..^1];
        return new[] { value, once, JsonSerializer.Serialize(once)[1..^1] }.Distinct(StringComparer.Ordinal);
    }

    private sealed record PersonIdentity(HashSet<string> Ids, HashSet<string> Names)
    {
        /// <summary>
        /// Adds what the rows keep beside the person's id — their e-mail address, their name as the roster gave it — so
        /// that it is exported and erased like the id. True when something new was learnt.
        /// </summary>
        public bool Learn(IEnumerable<(string Table, TableEntity Row)> rows)
        {
            var learnt = false;
            foreach (var (id, name, email) in rows.SelectMany(r => PeopleNamedIn(r.Row)))
            {
                if (!Ids.Contains(id))
                {
                    continue;
                }

                if (email is { Length: > 3 })
                {
                    foreach (var form in StoredForms(email))
                    {
                        learnt |= Ids.Add(form);
                    }
                }

                if (name is { Length: > 1 })
                {
                    Names.Add(name);
                }
            }

            return learnt;
        }

        /// <summary>Adds the people the person's rows name beside them (a meeting's attendees without a role, say).</summary>
        public void LearnOthers(PersonIdentity person, IEnumerable<(string Table, TableEntity Row)> rows)
        {
            foreach (var (id, name, email) in rows.SelectMany(r => PeopleNamedIn(r.Row)))
            {
                if (person.Ids.Contains(id))
                {
                    continue;
                }

                Ids.Add(id);
                if (email is { Length: > 3 } && !person.Ids.Contains(email))
                {
                    Ids.UnionWith(StoredForms(email));
                }

                if (name is { Length: > 1 } && !person.Names.Contains(name))
                {
                    Names.Add(name);
                }
            }

            Ids.ExceptWith(person.Ids);
        }

        /// <summary>The communities (their partition keys) in which the person held a role, now or before.</summary>
        public HashSet<string> Communities { get; } = new(StringComparer.Ordinal);

        public bool IsMentionedIn(TableEntity row) => IsMentionedById(row) || IsNamedIn(row);

        public bool IsMentionedById(TableEntity row) =>
            Ids.Any(id => row.PartitionKey.Contains(id, StringComparison.Ordinal) || row.RowKey.Contains(id, StringComparison.Ordinal) ||
                          row.Select(p => p.Value).OfType<string>().Any(v => v.Contains(id, StringComparison.Ordinal)));

        /// <summary>
        /// A record of a community they belonged to that names them without their id (who proposed, who changed a
        /// role, who decided a wish): their name as a name property's whole value, in the row or in its stored JSON.
        /// </summary>
        private bool IsNamedIn(TableEntity row) =>
            Communities.Contains(row.PartitionKey) &&
            row.Where(p => !SystemProperties.Contains(p.Key) && p.Value is string)
                .Any(p => (IsNameKey(p.Key) && Names.Contains((string)p.Value)) || ReplaceNamesInJson((string)p.Value, "\0") != (string)p.Value);

        /// <param name="key">The property the text is the value of; null for a row's keys.</param>
        public string Replace(string text, string byId, string byName, string? key = null)
        {
            // Longest first, so an id that contains another (a Teams id holding the object id) goes whole.
            foreach (var id in Ids.OrderByDescending(i => i.Length))
            {
                text = text.Replace(id, byId, StringComparison.Ordinal);
            }

            // A name only where it is stored as a name: a word that is also a person's display name ("Approve") stays
            // what it is everywhere else (a vote's choice, a role).
            return key is not null && IsNameKey(key) && Names.Contains(text) ? byName : ReplaceNamesInJson(text, byName);
        }

        /// <summary>Stored JSON (JSON kept in it too) with the name fields that hold one of the names replaced; else the text as it was.</summary>
        private string ReplaceNamesInJson(string text, string byName)
        {
            if (text.Length < 2 || text[0] is not ('{' or '['))
            {
                return text;
            }

            JsonNode? node;
            try
            {
                node = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                return text;
            }

            return node is not null && ReplaceNames(node, byName) ? node.ToJsonString() : text;
        }

        private bool ReplaceNames(JsonNode node, string byName)
        {
            var changed = false;
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o.ToList())
                    {
                        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                        {
                            var text = v.GetValue<string>();
                            var next = IsNameKey(key) && Names.Contains(text) ? byName : ReplaceNamesInJson(text, byName);
                            if (next != text)
                            {
                                o[key] = next;
                                changed = true;
                            }
                        }
                        else if (value is not null)
                        {
                            changed |= ReplaceNames(value, byName);
                        }
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        if (a[i] is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                        {
                            var text = v.GetValue<string>();
                            var next = ReplaceNamesInJson(text, byName);
                            if (next != text)
                            {
                                a[i] = next;
                                changed = true;
                            }
                        }
                        else if (a[i] is { } item)
                        {
                            changed |= ReplaceNames(item, byName);
                        }
                    }

                    break;
            }

            return changed;
        }

        /// <summary>A property that holds a person's name: "Name", "ByName", "voterName", "createdByName", "personName"…</summary>
        private static bool IsNameKey(string key) => key.EndsWith("name", StringComparison.OrdinalIgnoreCase);
    }
}
