using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Cards.Setup;

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

    /// <summary>What the coordinator chose on a refused assignment: the form comes back open with it.</summary>
    public sealed record Entered(string? Person, string? Role, string? Municipality, string? Supplier);

    public static AdaptiveCard Compose(Texts texts, string communityName, IReadOnlyList<Member> members,
        IReadOnlyList<TeamMember> roster, bool canEdit, Notice? notice = null, Entered? entered = null)
    {
        var body = BodyWith(notice);

        body.Add(Title(texts.RolesTitle(communityName)));
        body.Add(new FactSet([.. Enum.GetValues<Role>().Select(role => new Fact(texts.RoleName(role), Holders(texts, members, role)))]));

        if (!canEdit)
        {
            body.Add(new TextBlock(texts.RolesReadOnlyNote) { IsSubtle = true });
            return Card(texts, texts.RolesTitle(communityName), body);
        }

        // Each form sits in its own ShowCard, so that a required field of one does not block the other's button. A
        // refused assignment comes back open on the card, with what was chosen, so that only the one choice is made again.
        var actions = new List<CardAction>();
        if (roster.Count > 0)
        {
            var form = AssignForm(texts, roster, entered);
            var assign = Execute(texts, texts.RolesAssign, CardVerbs.AssignRole);
            if (entered is not null)
            {
                body.Add(Subtitle(texts.RolesAssignTitle));
                body.AddRange(form);
                body.Add(new ActionSet([assign]));
            }
            else
            {
                actions.Add(new ShowCardAction(texts.RolesAssignTitle, SubCard(form, [assign])));
            }
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

    private static IReadOnlyList<CardElement> AssignForm(Texts texts, IReadOnlyList<TeamMember> roster, Entered? entered) =>
    [
        new ChoiceSetInput(texts.RolesPersonLabel,
            [.. roster.OrderBy(p => p.Name, StringComparer.Create(texts.Culture, true)).Select(p => new Choice(p.Name, p.AadObjectId))])
        {
            Id = PersonInput,
            IsRequired = true,
            ErrorMessage = texts.RolesPersonError,
            Style = ChoiceSetStyle.Filtered,
            Value = roster.Any(p => p.AadObjectId == entered?.Person) ? entered!.Person : null,
        },
        new ChoiceSetInput(texts.RolesRoleLabel, [.. Enum.GetValues<Role>().Select(r => new Choice(texts.RoleName(r), r.ToString()))])
        {
            Id = RoleInput,
            IsRequired = true,
            ErrorMessage = texts.RolesRoleError,
            Style = ChoiceSetStyle.Compact,
            Value = Enum.TryParse<Role>(entered?.Role, out var role) && Enum.IsDefined(role) ? role.ToString() : null,
        },
        // One of the 98, as in onboarding; "filtered" lets one type to find it, by the other spellings too ("Århus").
        new ChoiceSetInput(texts.RolesMunicipalityLabel, MunicipalityChoices.ByOfficialName(Municipalities.All))
        {
            Id = MunicipalityInput,
            Style = ChoiceSetStyle.Filtered,
            Value = Municipalities.Find(entered?.Municipality).Municipality is { } known ? Municipalities.OfficialName(known) : null,
        },
        new TextInput(texts.RolesSupplierLabel) { Id = SupplierInput, MaxLength = RoleChange.MaxSupplierLength, Value = entered?.Supplier },
    ];

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
        Role.Municipality => member.Municipality is { } municipality ? Municipalities.OfficialName(municipality) : null,
        Role.Supplier => member.Supplier,
        _ => null,
    };
}
