namespace CoordinatorBot.Domain.Meetings;

/// <summary>
/// Whether a meeting's title already says what kind of meeting it is ("Styregruppemøde – januar 2027", "Møde i
/// styregruppen"), so that the kind is not said twice before it.
/// </summary>
public static class MeetingTitle
{
    // The words that name each kind, in Danish and English, compared on letters alone: "Steering-group meeting" and
    // "styregruppemøde" both name the steering group. "Andet møde" (other) says nothing a title needs to carry.
    private static string[] WordsOf(MeetingKind kind) => kind switch
    {
        MeetingKind.SteeringGroup => ["styregruppe", "steeringgroup", "steeringcommittee"],
        MeetingKind.CoordinationGroup => ["koordinationsgruppe", "koordineringsgruppe", "coordinationgroup"],
        MeetingKind.UserClub => ["brugerklub", "brugergruppe", "userclub", "usergroup"],
        MeetingKind.Webinar => ["webinar"],
        _ => [],
    };

    /// <summary>True when the title names the kind itself (or the kind is "other"): the title alone then says both.</summary>
    public static bool NamesKind(MeetingKind kind, string title)
    {
        var words = WordsOf(kind);
        if (words.Length == 0)
        {
            return true;
        }

        var letters = new string([.. title.ToLowerInvariant().Where(char.IsLetter)]);
        return words.Any(w => letters.Contains(w, StringComparison.Ordinal));
    }
}
