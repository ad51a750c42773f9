using CoordinatorBot.Cards.Setup;
using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Bot.Features.Setup;

/// <summary>
/// Gives a person on the team's roster a role. Only the coordinator may; the card's data names no actor. A refused
/// assignment brings the form back open with everything else that was chosen, so that only the refused choice is made again.
/// </summary>
public sealed class AssignRoleAction(CommunityMembers members, TeamRoster roster, RolesReply roles)
    : CommunityFormAction(CardVerbs.AssignRole, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var community = turn.Community;
        var texts = turn.Texts;
        var entered = new RolesCard.Entered(input.Text(RolesCard.PersonInput), input.Text(RolesCard.RoleInput),
            input.Text(RolesCard.MunicipalityInput), input.Text(RolesCard.SupplierInput));
        Task<Reply> Refused(string problem) => roles.ComposeAsync(turn, new Notice(problem, true), entered: entered);

        if (!Enum.TryParse<Role>(entered.Role, out var role) || !Enum.IsDefined(role))
        {
            return await Refused(texts.RolesRoleError);
        }

        var personId = entered.Person;
        var person = personId is null
            ? null
            : (await roster.GetAsync(community, turn.CancellationToken)).FirstOrDefault(p => p.AadObjectId == personId);
        if (person is null)
        {
            return await Refused(personId is null ? texts.RolesPersonError : texts.RolesUnknownPerson);
        }

        var municipality = entered.Municipality;
        if (role == Role.Municipality && municipality is not null)
        {
            // Chosen from the 98 on the card, but a typed name is read as onboarding reads it ("Århus" is Aarhus).
            var found = Municipalities.Find(municipality);
            if (found.Municipality is null)
            {
                var problem = texts.OnboardingUnknownMunicipality(municipality);
                return await Refused(found.Suggestions.Count == 0 ? problem
                    : $"{problem} {texts.OnboardingMunicipalitySuggestions(texts.JoinAlternatives(found.Suggestions.Select(Municipalities.OfficialName)))}");
            }

            municipality = Municipalities.OfficialName(found.Municipality);
        }

        var (outcome, _, saved) = await members.ApplyRoleChangeAsync(community.Id, person.AadObjectId,
            current => RoleChange.Assign(turn.Members, turn.ActorId!, current, person, role, municipality, entered.Supplier),
            turn.ActorName, turn.CancellationToken);

        return outcome switch
        {
            RoleChangeOutcome.MunicipalityRequired => await Refused(texts.RolesMunicipalityRequired),
            RoleChangeOutcome.SupplierRequired => await Refused(texts.RolesSupplierRequired),
            RoleChangeOutcome.NotCoordinator => await roles.ComposeAsync(turn, new Notice(texts.RolesNotCoordinator, true)),
            RoleChangeOutcome.Changed => await roles.ComposeAsync(turn,
                new Notice(texts.RolesAssigned(person.Name, texts.RoleHeld(role, saved?.Municipality, saved?.Supplier)), false), changed: true),
            _ => await roles.ComposeAsync(turn, new Notice(texts.RolesUnchanged(person.Name), false)),
        };
    }
}
