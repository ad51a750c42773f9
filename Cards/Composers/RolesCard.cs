using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Cards.Model;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Onboarding;
using static CoordinatorBot.Cards.Composers.CardParts;

namespace CoordinatorBot.Cards.Composers;

/// <summary>Who holds which role; for the coordinator also the forms that assign and remove roles.</summary>
public static class RolesCard
{
    public const string PersonInput = "person";
    public const string RoleInput = "role";
    public const string MunicipalityInput = "municipality";
    public const string SupplierInput = "supplier";
    public const string AssignmentInput = "assignment";

    /// <summary>Assignments to remove are sent as "aadObjectId|Role".</summary>
    public const char AssignmentSeparator = '|';

    public static AdaptiveCard Compose(Texts texts, string communityName, IReadOnlyList<Member> members,
        IReadOnlyList<TeamMember> roster, bool canEdit, Notice? notice = null)
    {
        var body = new List<CardElement>();
        if (notice is not null)
        {
            body.Add(CardParts.Notice(notice.Text, notice.IsProblem));
        }

        body.Add(Title(texts.RolesTitle(communityName)));
        body.Add(new FactSet([.. Enum.GetValues<Role>().Select(role => new Fact(texts.RoleName(role), Holders(texts, members, role)))]));

        if (!canEdit)
        {
            body.Add(new TextBlock(texts.RolesReadOnlyNote) { IsSubtle = true });
            return Card(texts, texts.RolesTitle(communityName), body);
        }

        // Each form sits in its own ShowCard, so that a required field of one does not block the other's button.
        var actions = new List<CardAction>();
        if (roster.Count > 0)
        {
            actions.Add(new ShowCardAction(texts.RolesAssignTitle, SubCard(
            [
                new ChoiceSetInput(texts.RolesPersonLabel,
                    [.. roster.OrderBy(p => p.Name, StringComparer.Create(texts.Culture, true)).Select(p => new Choice(p.Name, p.AadObjectId))])
                {
                    Id = PersonInput,
                    IsRequired = true,
                    ErrorMessage = texts.RolesPersonError,
                    Style = ChoiceSetStyle.Filtered,
                },
                new ChoiceSetInput(texts.RolesRoleLabel, [.. Enum.GetValues<Role>().Select(r => new Choice(texts.RoleName(r), r.ToString()))])
                {
                    Id = RoleInput,
                    IsRequired = true,
                    ErrorMessage = texts.RolesRoleError,
                    Style = ChoiceSetStyle.Compact,
                },
                // One of the 98, as in onboarding; "filtered" lets one type to find it among them.
                new ChoiceSetInput(texts.RolesMunicipalityLabel,
                    [.. Municipalities.All.Select(Municipalities.OfficialName).Select(name => new Choice(name, name))])
                {
                    Id = MunicipalityInput,
                    Style = ChoiceSetStyle.Filtered,
                },
                new TextInput(texts.RolesSupplierLabel) { Id = SupplierInput, MaxLength = RoleChange.MaxSupplierLength },
            ],
            [Execute(texts, texts.RolesAssign, CardVerbs.AssignRole)])));
        }

        var assignments = members
            .SelectMany(m => m.Roles.Order().Select(r => new Choice(
                $"{m.Name} – {texts.RoleName(r, m)}", $"{m.AadObjectId}{AssignmentSeparator}{r}")))
            .ToList();
        if (assignments.Count > 0)
        {
            actions.Add(new ShowCardAction(texts.RolesRemoveTitle, SubCard(
            [
                new ChoiceSetInput(texts.RolesAssignmentLabel, assignments)
                {
                    Id = AssignmentInput,
                    IsRequired = true,
                    ErrorMessage = texts.RolesAssignmentError,
                    Style = ChoiceSetStyle.Compact,
                },
            ],
            [Execute(texts, texts.RolesRemove, CardVerbs.RemoveRole)])));
        }

        return Card(texts, texts.RolesTitle(communityName), body, actions);
    }

    private static string Holders(Texts texts, IReadOnlyList<Member> members, Role role)
    {
        var names = members.Where(m => m.Holds(role))
            .Select(m => Organisation(m, role) is { } organisation ? $"{m.Name} ({organisation})" : m.Name)
            .Order(StringComparer.Create(texts.Culture, true))
            .ToList();
        return names.Count == 0 ? texts.RolesNone : string.Join(", ", names);
    }

    private static string? Organisation(Member member, Role role) => role switch
    {
        Role.Municipality => member.Municipality,
        Role.Supplier => member.Supplier,
        _ => null,
    };
}
