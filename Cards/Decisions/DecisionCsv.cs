using CoordinatorBot.Domain.Decisions;
using static CoordinatorBot.Cards.Common.CsvText;

namespace CoordinatorBot.Cards.Decisions;

/// <summary>
/// All decisions as CSV: UTF-8 with a byte order mark and semicolons, so Excel opens it with æøå intact. A cell that a
/// spreadsheet would read as a formula (OWASP's CSV injection: it starts with =, +, -, @, a tab or a carriage return)
/// gets a leading apostrophe, so it shows as the text it is.
/// </summary>
public static class DecisionCsv
{
    public static byte[] Write(Texts texts, IReadOnlyList<Decision> decisions, TimeZoneInfo zone)
    {
        var csv = new StringBuilder();
        Line(csv, texts.FactDecisionNumber, texts.DecisionTitleLabel, texts.FactStatus, texts.FactType, texts.FactBody,
            texts.FactProposed, texts.FactProposer, texts.FactDeadline, texts.FactRule, texts.FactOutcome, texts.FactClosed,
            texts.FactSupersedes, texts.FactSupersededBy, texts.SectionContext, texts.SectionDecision, texts.SectionConsequences,
            texts.SectionImplementation, texts.SectionRisks);
        foreach (var d in decisions)
        {
            Line(csv, d.Number.ToString(), d.Draft.Title, texts.StatusName(d.Status), texts.TypeName(d.Draft.Type),
                texts.BodyName(d.Draft.Body), Local(d.ProposedAt, zone), d.ProposerName, Local(d.Draft.Deadline, zone),
                texts.RuleName(d.Draft.Rule), d.ClosedAt is null ? string.Empty : DecisionCard.Outcome(texts, d),
                d.ClosedAt is { } c ? Local(c, zone) : string.Empty, d.Draft.Supersedes?.ToString() ?? string.Empty,
                d.SupersededBy?.ToString() ?? string.Empty, d.Draft.Context, d.Draft.Proposal, d.Draft.Consequences ?? string.Empty,
                d.Draft.Implementation ?? string.Empty, d.Draft.Risks ?? string.Empty);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
