using System.Text.RegularExpressions;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Bot.Features.Onboarding;

/// <summary>A contact person as the dialog takes it: a team member (by id or name) or "Name, e-mail" / "Name &lt;e-mail&gt;".</summary>
public static partial class ContactAnswer
{
    public static Contact? Read(string answer, IReadOnlyList<TeamMember> roster)
    {
        if (roster.FirstOrDefault(p => p.AadObjectId == answer) is { } byId)
        {
            return new Contact(byId.Name, null, byId.AadObjectId);
        }

        if (roster.FirstOrDefault(p => string.Equals(p.Name, answer.Trim(), StringComparison.OrdinalIgnoreCase)) is { } byName)
        {
            return new Contact(byName.Name, null, byName.AadObjectId);
        }

        var match = Typed().Match(answer.Trim());
        return match.Success ? new Contact(match.Groups["name"].Value.Trim(), match.Groups["email"].Value.Trim(), null) : null;
    }

    public static string Write(Contact contact) => RecordJson.Write(contact);

    public static Contact Parse(string stored) => RecordJson.Read<Contact>(stored);

    [GeneratedRegex(@"^(?<name>[^,<>@]{2,100}?)\s*(,|<)\s*(?<email>[^@\s<>,]+@[^@\s<>,]+\.[^@\s<>,]+)\s*>?$")]
    private static partial Regex Typed();
}
