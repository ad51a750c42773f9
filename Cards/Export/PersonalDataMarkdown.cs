using System.Text;
using CoordinatorBot.Cards.Localization;

namespace CoordinatorBot.Cards.Export;

/// <summary>
/// The readable half of "mine data": per table what it is, how many rows it holds about the person, and each row's
/// fields (long values shortened; the JSON beside it has them whole). Every stored value is made inert.
/// </summary>
public static class PersonalDataMarkdown
{
    private const int MaxValueLength = 400;

    public static string Compose(Texts texts, DateTimeOffset generatedAt, TimeZoneInfo zone, IReadOnlyList<PersonalDataSection> sections)
    {
        var builder = new StringBuilder();
        builder.Append("# ").AppendLine(texts.PersonalDataSummaryTitle).AppendLine();
        builder.AppendLine(texts.PersonalDataSummaryIntro(texts.DateTime(generatedAt, zone))).AppendLine();
        if (sections.Count == 0)
        {
            builder.AppendLine(texts.PersonalDataSummaryNothing);
            return builder.ToString();
        }

        foreach (var section in sections)
        {
            builder.Append("## ").AppendLine(MarkdownText.Inline(texts.PersonalDataTableName(section.Table))).AppendLine();
            builder.AppendLine(texts.PersonalDataSummaryRows(section.Rows.Count, section.Table)).AppendLine();
            foreach (var row in section.Rows)
            {
                builder.Append("- ").AppendLine(string.Join("; ", row.Take(2).Select(Field)));
                foreach (var field in row.Skip(2))
                {
                    builder.Append("  - ").AppendLine(Field(field));
                }
            }

            builder.AppendLine();
        }

        return builder.ToString();
    }

    private static string Field((string Key, string Value) field)
    {
        var value = field.Value.Length <= MaxValueLength ? field.Value : string.Concat(field.Value.AsSpan(0, MaxValueLength), " …");
        return $"{MarkdownText.Inline(field.Key)}: {MarkdownText.Inline(value)}";
    }
}
