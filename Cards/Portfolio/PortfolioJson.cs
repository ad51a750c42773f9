using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoordinatorBot.Domain.Portfolio;

namespace CoordinatorBot.Cards.Portfolio;

/// <summary>
/// The portfolio as JSON for OS2's portfolio work: the same figures as the card and the CSV, by risk, with names of
/// marks and levels as stable codes rather than words, so a program reads it whatever the language.
/// </summary>
public static class PortfolioJson
{
    // A file to read and process, never embedded in a page: Danish letters as they are.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(IReadOnlyList<PortfolioRow> rows, DateTimeOffset generatedAt)
    {
        var json = new JsonObject
        {
            ["generatedAt"] = generatedAt.ToString("O", CultureInfo.InvariantCulture),
            ["communities"] = new JsonArray([.. rows.Select(Row)]),
        };
        return Encoding.UTF8.GetBytes(json.ToJsonString(Indented));
    }

    private static JsonObject Row(PortfolioRow row) => new()
    {
        ["product"] = row.Product,
        ["statusMark"] = row.Mark?.ToString(),
        ["statusReport"] = row.Report,
        ["governanceReached"] = row.GovernanceReached?.ToString(),
        ["governanceTarget"] = row.GovernanceTarget.ToString(),
        ["members"] = row.Members,
        ["municipalities"] = row.Municipalities,
        ["onboardingsInProgress"] = row.OnboardingsInProgress,
        ["openDecisions"] = row.OpenDecisions,
        ["committedHours"] = row.CommittedHours,
        ["budgetHours"] = row.BudgetHours,
        ["latestRelease"] = row.LatestRelease,
    };
}
