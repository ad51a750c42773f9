using System.Text;

namespace CoordinatorBot.Domain.Text;

/// <summary>How the bot compares what people type: case, accents and the spelling of æ, ø and å do not matter.</summary>
public static class TextFolding
{
    /// <summary>
    /// Lower case, æ/ø/å spelled out (ae, oe, aa) and other accents dropped, so that "Hjælp", "HJAELP" and "hjaelp"
    /// read the same and "annullér" reads as "annuller".
    /// </summary>
    public static string Fold(string text)
    {
        var lower = text.ToLowerInvariant().Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("ø", "oe", StringComparison.Ordinal).Replace("å", "aa", StringComparison.Ordinal);
        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
