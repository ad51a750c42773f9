using CoordinatorBot.Domain.Input;
using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Bot.Features.Onboarding;

/// <summary>A contact person as the dialog takes it: a team member (by id or name), or a name and an e-mail in any order.</summary>
public static class ContactAnswer
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

        return ContactText.TryParse(answer) is var (name, email) ? new Contact(name, email, null) : null;
    }

    public static string Write(Contact contact) => RecordJson.Write(contact);

    public static Contact Parse(string stored) => RecordJson.Read<Contact>(stored);

}
