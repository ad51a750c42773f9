using CoordinatorBot.Cards.Status;
using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>The mark, its line and the areas' lines as the draft's form sent them.</summary>
public sealed record StatusMarkInput(StatusMark? Mark, string? Why, IReadOnlyDictionary<StatusArea, string> Notes)
{
    public static StatusMarkInput Read(CardInput input)
    {
        var mark = Enum.TryParse<StatusMark>(input.Text(StatusReportCard.MarkInput), out var m) && Enum.IsDefined(m) ? m : (StatusMark?)null;
        var notes = new Dictionary<StatusArea, string>();
        foreach (var area in Enum.GetValues<StatusArea>())
        {
            if (Clip(input.Text(StatusReportCard.NoteInput(area))) is { } note)
            {
                notes[area] = note;
            }
        }

        return new StatusMarkInput(mark, Clip(input.Text(StatusReportCard.WhyInput)), notes);
    }

    // One line: a pasted paragraph is cut rather than refused, as the card already limits the length.
    private static string? Clip(string? text) => TextLimits.Clip(text, TextLimits.StatusLine);
}
