using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CoordinatorBot.Storage.Layouts.Steps;

/// <summary>
/// Layout 1 to 2: a decision kept as columns, with its votes in the votes table ("{decision}|{voter}") and its history
/// in decisionaudit ("{decision}|{ticks}|{id}"), becomes the JSON rows of layout 2 under the decision's key: the
/// record ("decision"), each vote ("{decision}|v|{voter}") and each history entry ("{decision}|w|{ticks}|00|{id}").
/// Written against the rows as layout 1 and 2 have them, not against today's records, so that it stays true when
/// those change. Per decision the votes and history are copied first and the record replaced last: a decision whose
/// record has its JSON is done. The retired tables go when every decision is done.
/// </summary>
internal sealed partial class DecisionsInOneTable : ILayoutStep
{
    public const string Votes = "votes";
    public const string Audit = "decisionaudit";
    private const int MaxBatch = 100;

    public async Task RunAsync(UpgradeContext context, CancellationToken cancellationToken)
    {
        var tables = context.Tables;
        var retired = await tables.ExistingAsync([Votes, Audit], cancellationToken);
        var decisions = tables[TableNames.Decisions];
        var done = 0;
        await foreach (var row in decisions.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            if (row.ContainsKey("Json") || !row.ContainsKey("Sequence"))
            {
                // Of layout 2 already (a record, vote or history row).
                continue;
            }

            var copies = new List<TableEntity>();
            if (retired.Contains(Votes))
            {
                await foreach (var vote in Under(tables[Votes], row, cancellationToken))
                {
                    copies.Add(VoteRow(row, vote));
                }
            }

            if (retired.Contains(Audit))
            {
                await foreach (var entry in Under(tables[Audit], row, cancellationToken))
                {
                    copies.Add(HistoryRow(row, entry));
                }
            }

            foreach (var batch in copies.Chunk(MaxBatch))
            {
                await decisions.SubmitTransactionAsync(batch.Select(c => new TableTransactionAction(TableTransactionActionType.UpsertReplace, c)), cancellationToken);
            }

            await decisions.UpdateEntityAsync(DecisionRow(row), row.ETag, TableUpdateMode.Replace, cancellationToken);
            if (++done % 50 == 0)
            {
                await context.KeepLeaseAsync(cancellationToken);
            }
        }

        // Every decision is in one table now: what the retired tables hold are copies.
        foreach (var table in retired)
        {
            await tables[table].DeleteAsync(cancellationToken);
        }
    }

    private static IAsyncEnumerable<TableEntity> Under(TableClient table, TableEntity decision, CancellationToken cancellationToken) =>
        table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter(
            $"PartitionKey eq {decision.PartitionKey} and RowKey ge {decision.RowKey + "|"} and RowKey lt {decision.RowKey + "|~"}"),
            cancellationToken: cancellationToken);

    private static TableEntity DecisionRow(TableEntity old)
    {
        var json = new JsonObject
        {
            ["number"] = Number(old.GetInt32("Year")!.Value, old.GetInt32("Sequence")!.Value),
            ["draft"] = new JsonObject
            {
                ["title"] = old.GetString("Title"),
                ["type"] = old.GetString("Type"),
                ["body"] = old.GetString("Body"),
                ["context"] = old.GetString("Context") ?? string.Empty,
                ["proposal"] = old.GetString("Proposal") ?? string.Empty,
                ["consequences"] = old.GetString("Consequences"),
                ["implementation"] = old.GetString("Implementation"),
                ["risks"] = old.GetString("Risks"),
                ["deadline"] = old.GetDateTimeOffset("Deadline"),
                ["rule"] = new JsonObject
                {
                    ["kind"] = old.GetString("Rule"),
                    ["minimumParticipationPercent"] = old.GetInt32("MinimumParticipation") ?? 0,
                },
                ["supersedes"] = Number(old.GetString("Supersedes")),
            },
            ["status"] = old.GetString("Status"),
            ["proposerId"] = old.GetString("ProposerId"),
            ["proposerName"] = old.GetString("ProposerName"),
            ["proposedAt"] = old.GetDateTimeOffset("ProposedAt"),
            ["closedAt"] = old.GetDateTimeOffset("ClosedAt"),
            ["closedByName"] = old.GetString("ClosedByName"),
            ["closeReason"] = old.GetString("CloseReason") ?? "None",
            ["outcomeText"] = old.GetString("OutcomeText"),
            ["supersededBy"] = Number(old.GetString("SupersededBy")),
            ["cardActivityId"] = old.GetString("CardActivityId"),
            ["cardConversationId"] = old.GetString("CardConversationId"),
        };
        var row = new TableEntity(old.PartitionKey, old.RowKey)
        {
            ["Kind"] = "decision",
            ["Json"] = json.ToJsonString(),
            ["CommunityId"] = old.GetString("CommunityId"),
            ["Status"] = old.GetString("Status"),
        };
        if (old.GetDateTimeOffset("Deadline") is { } deadline)
        {
            row["Deadline"] = deadline;
        }

        return row;
    }

    private static TableEntity VoteRow(TableEntity decision, TableEntity vote) => new(decision.PartitionKey,
        $"{decision.RowKey}|v|{vote.RowKey[(decision.RowKey.Length + 1)..]}")
    {
        ["Kind"] = "vote",
        ["Json"] = new JsonObject
        {
            ["voterId"] = vote.GetString("VoterId"),
            ["voterName"] = vote.GetString("VoterName"),
            ["choice"] = vote.GetString("Choice"),
            ["comment"] = vote.GetString("Comment"),
            ["castAt"] = vote.GetDateTimeOffset("CastAt"),
        }.ToJsonString(),
    };

    /// <summary>"{decision}|{ticks}|{id}" becomes "{decision}|w|{ticks}|00|{id}": the same order, the same id.</summary>
    private static TableEntity HistoryRow(TableEntity decision, TableEntity entry)
    {
        var rest = entry.RowKey[(decision.RowKey.Length + 1)..];
        var separator = rest.IndexOf('|', StringComparison.Ordinal);
        var (ticks, id) = separator < 0 ? (rest, string.Empty) : (rest[..separator], rest[(separator + 1)..]);
        return new TableEntity(decision.PartitionKey, $"{decision.RowKey}|w|{ticks}|00|{id}")
        {
            ["Kind"] = "audit",
            ["Json"] = new JsonObject
            {
                ["decision"] = Number(entry.GetInt32("Year")!.Value, entry.GetInt32("Sequence")!.Value),
                ["action"] = entry.GetString("Action"),
                ["actorName"] = entry.GetString("ActorName"),
                ["at"] = entry.GetDateTimeOffset("At"),
                ["detail"] = entry.GetString("Detail"),
            }.ToJsonString(),
        };
    }

    private static JsonObject Number(int year, int sequence) => new() { ["year"] = year, ["sequence"] = sequence };

    /// <summary>A number as layout 1 wrote it in text ("B-2026-003"), as layout 2 writes it; null for none.</summary>
    private static JsonObject? Number(string? text) =>
        text is not null && NumberText().Match(text) is { Success: true } match
            ? Number(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;

    [GeneratedRegex(@"^B-(\d{4})-(\d+)$")]
    private static partial Regex NumberText();
}
