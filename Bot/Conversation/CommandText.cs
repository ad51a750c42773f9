using System.Net;
using System.Text.RegularExpressions;

namespace CoordinatorBot.Bot.Conversation;

/// <summary>Turns what a person wrote into what the command matcher reads.</summary>
public static partial class CommandText
{
    /// <summary>
    /// The message text without the bot's @mention (PROTOCOL.md §3.2), without markup, entities and surrounding space.
    /// </summary>
    public static string WithoutBotMention(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var mention in activity.Mentions)
        {
            if (mention.Mentioned?.Id is { } id && id == activity.Recipient?.Id)
            {
                var mentionText = mention.Text is { Length: > 0 } written ? written : $"<at>{mention.Mentioned.Name}</at>";
                text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        text = Tags().Replace(text, " ");
        return Spaces().Replace(WebUtility.HtmlDecode(text), " ").Trim();
    }

    /// <summary>Folds case and accents (see <see cref="TextFolding"/>).</summary>
    public static string Fold(string text) => TextFolding.Fold(text);

    public static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
