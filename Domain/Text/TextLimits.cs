namespace CoordinatorBot.Domain.Text;

/// <summary>
/// How long each free text may be, in one place: the server refuses a longer text and every card input shows the same
/// number as its <c>maxLength</c>. The numbers keep the largest card (a decision with every field full, its outcome,
/// votes and history) under Teams' 28 KB.
/// </summary>
public static class TextLimits
{
    /// <summary>A decision's title.</summary>
    public const int DecisionTitle = 120;

    /// <summary>Each of a decision's long fields: context, decision, consequences, implementation, risks.</summary>
    public const int DecisionText = 2000;

    /// <summary>The outcome in words, written by whoever closes a decision by hand.</summary>
    public const int OutcomeText = 1000;

    public const int VoteComment = 500;

    public const int ProductName = 80;

    /// <summary>A municipality's name, given with the municipality role.</summary>
    public const int MunicipalityName = 80;

    /// <summary>A supplier's name, asked by the onboarding dialog.</summary>
    public const int SupplierName = 80;

    public const int TaskTitle = 120;

    /// <summary>What a task belongs to, e.g. "B-2026-014".</summary>
    public const int TaskLink = 40;

    public const int TemplateStepTitle = 120;

    /// <summary>The implementation follow-up's "what is missing".</summary>
    public const int FollowUpNote = 1000;

    /// <summary>A number typed as text, so that Danes can write "7,5" (a browser's number field refuses the comma).</summary>
    public const int NumberText = 12;

    /// <summary>A typed answer in a guided dialog (a municipality, a supplier, a name and e-mail).</summary>
    public const int DialogAnswer = 200;

    /// <summary>A wish's or backlog item's title.</summary>
    public const int WishTitle = 120;

    /// <summary>A wish's need ("Som … ønsker jeg … så …"), a decline's reason.</summary>
    public const int WishNeed = 1000;

    /// <summary>A backlog item's acceptance criteria, one a line, all together.</summary>
    public const int AcceptanceCriteria = 2000;

    /// <summary>The coordinator's one line on a status report: why the mark, or one area's line.</summary>
    public const int StatusLine = 300;

    /// <summary>A governance item's evidence line (usually a link with a few words).</summary>
    public const int GovernanceEvidence = 500;

    /// <summary>A survey's title; a guide's or a user case's title.</summary>
    public const int SurveyTitle = 120;

    /// <summary>A survey's introduction; a guide's "for whom" and a case's contact line.</summary>
    public const int SurveyIntro = 1000;

    /// <summary>A question's text.</summary>
    public const int SurveyQuestion = 300;

    /// <summary>A question's options (or a scale's two end labels), one a line, all together.</summary>
    public const int SurveyOptions = 500;

    /// <summary>One option of a choice question, or a scale's end label.</summary>
    public const int SurveyLabel = 60;

    /// <summary>A free-text answer: ten of them still fit one card.</summary>
    public const int SurveyAnswer = 800;

    /// <summary>A guide's steps or a case's longer fields (what they did, the results), and a reason given back.</summary>
    public const int GuideText = 3000;

    /// <summary>A case's longer fields (what it did, its results): both at their limit still fit the form with its lists.</summary>
    public const int CaseText = 2000;

    /// <summary>A guide's or case's links, one a line, all together.</summary>
    public const int GuideLinks = 1000;

    /// <summary>A release's version as people write it ("3.10.0", "v2024.2", "2026-03").</summary>
    public const int ReleaseVersion = 40;

    /// <summary>A release's short Danish summary.</summary>
    public const int ReleaseSummary = 200;

    /// <summary>A release's notes (GitHub's are cut to this).</summary>
    public const int ReleaseNotes = 3000;

    /// <summary>The decisions a release carries out, as B-numbers separated by commas.</summary>
    public const int ReleaseDecisions = 400;

    /// <summary>A GitHub repository in setup: "owner/name" (39 and 100 at most) or its address.</summary>
    public const int ReleaseRepository = 160;

    /// <summary>Cuts a one-line text to what <see cref="Fits"/> the limit: for lines whose inputs already carry the limit.</summary>
    public static string? Clip(string? text, int limit)
    {
        if (text is null)
        {
            return null;
        }

        var line = text.ReplaceLineEndings(" ");
        line = line.Length > limit ? line[..limit] : line;
        while (!Fits(line, limit))
        {
            line = line[..^1];
        }

        return line;
    }

    // A card carries text as UTF-8 JSON. Danish prose takes little more than a byte a character; emoji and control
    // characters take six (\uXXXX). Allowing 1.5 bytes a character on average keeps every Danish text at its full
    // length while a text of emoji cannot make a card six times the size its limit promises.
    private const double CardBytesPerCharacter = 1.5;

    /// <summary>Whether <paramref name="text"/> is within <paramref name="limit"/>; no text always is.</summary>
    public static bool Fits(string? text, int limit) =>
        text is null || (text.Length <= limit && CardBytes(text) <= limit * CardBytesPerCharacter);

    public static bool Exceeds(string? text, int limit) => !Fits(text, limit);

    /// <summary>
    /// The most bytes <paramref name="text"/> can take in a card's JSON (UTF-8, escaped as System.Text.Json escapes
    /// it): an upper bound, never less than the real size.
    /// </summary>
    public static int CardBytes(string text)
    {
        var bytes = 0;
        foreach (var c in text)
        {
            bytes += CardBytes(c);
        }

        return bytes;
    }

    private static int CardBytes(char c) => c switch
    {
        '"' or '\\' or '\n' or '\r' or '\t' or '\b' or '\f' => 2,
        < ' ' or '\u007f' => 6,
        < '\u007f' => 1,
        _ when char.IsSurrogate(c) => 6,
        _ => CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator => 6,
            _ => c < '\u0800' ? 2 : 3,
        },
    };
}
