using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Cards.Backlog;

/// <summary>The backlog's items and the open wishes as CSV, written as the decisions' CSV is (UTF-8 with BOM, semicolons, no formulas).</summary>
public static class BacklogCsv
{
    public static byte[] Items(Texts texts, IReadOnlyList<BacklogItem> items)
    {
        var csv = new StringBuilder();
        CsvText.Line(csv, "#", texts.WishTitleLabel, texts.FactStatus, texts.ItemClassLabel, texts.ItemHoursLabel, texts.ItemDkkLabel,
            texts.ItemSupplierLabel, texts.FactMunicipalities, texts.FactDecision, texts.FactIssue, texts.ItemCriteriaHeading, texts.WishNeedLabel);
        foreach (var i in items.OrderBy(i => i.Class).ThenBy(i => i.Number))
        {
            CsvText.Line(csv, i.Number.ToString(CultureInfo.InvariantCulture), i.Title, texts.ItemStatusName(i.Status), texts.ClassName(i.Class),
                Amount(i.Estimate.Hours), Amount(i.Estimate.Dkk), i.Supplier, string.Join(", ", i.Municipalities.Select(Municipalities.OfficialName)),
                i.DecisionNumber ?? string.Empty, i.IssueUrl ?? string.Empty, string.Join("\n", i.Criteria.Select(c => c.Text)), i.Need);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static byte[] Wishes(Texts texts, IReadOnlyList<WishRow> wishes, TimeZoneInfo zone)
    {
        var csv = new StringBuilder();
        CsvText.Line(csv, "#", texts.WishTitleLabel, texts.WishMunicipalityLabel, texts.WishImportanceLabel, texts.FactMunicipalities,
            texts.WishReady, texts.WishRaisedOn, texts.WishNeedLabel);
        foreach (var row in wishes)
        {
            var w = row.Wish;
            CsvText.Line(csv, w.Number.ToString(CultureInfo.InvariantCulture), w.Title, Municipalities.OfficialName(w.Municipality),
                texts.ImportanceName(w.Importance), string.Join(", ", row.Municipalities.Select(Municipalities.OfficialName)),
                row.IsReady ? "1" : "0", TimeZoneInfo.ConvertTime(w.RaisedAt, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), w.Need);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Amount(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;
}
