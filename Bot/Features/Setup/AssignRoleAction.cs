using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Bot.Features.Setup;

/// <summary>Gives a person on the team's roster a role. Only the coordinator may; the card's data names no actor.</summary>
public sealed class AssignRoleAction(CommunityMembers members, TeamRoster roster, RolesReply roles)
    : CommunityFormAction(CardVerbs.AssignRole, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var community = turn.Community;
        var texts = turn.Texts;
        var all = turn.Members;
        var actor = turn.ActorId!;

        if (!Enum.TryParse<Role>(input.Text(RolesCard.RoleInput), out var role) || !Enum.IsDefined(role))
        {
            return await roles.ComposeAsync(turn, new Notice(texts.RolesRoleError, true));
        }

        var personId = input.Text(RolesCard.PersonInput);
        var person = personId is null
            ? null
            : (await roster.GetAsync(community, turn.CancellationToken)).FirstOrDefault(p => p.AadObjectId == personId);
        if (person is null)
        {
            return await roles.ComposeAsync(turn, new Notice(personId is null ? texts.RolesPersonError : texts.RolesUnknownPerson, true));
        }

        var municipality = input.Text(RolesCard.MunicipalityInput);
        if (role == Role.Municipality && municipality is not null)
        {
            // Chosen from the 98 on the card, but a typed name is read as onboarding reads it ("Århus" is Aarhus).
            var found = Municipalities.Find(municipality);
            if (found.Municipality is null)
            {
                var problem = texts.OnboardingUnknownMunicipality(municipality);
                return await roles.ComposeAsync(turn, new Notice(found.Suggestions.Count == 0 ? problem
                    : $"{problem} {texts.OnboardingMunicipalitySuggestions(texts.JoinAlternatives(found.Suggestions.Select(Municipalities.OfficialName)))}", true));
            }

            municipality = Municipalities.OfficialName(found.Municipality);
        }

        var outcome = RoleChangeOutcome.Unchanged;
        var supplier = input.Text(RolesCard.SupplierInput);
        var saved = await members.ChangeRolesAsync(community.Id, person.AadObjectId, current =>
        {
            (outcome, var next) = RoleChange.Assign(all, actor, current, person, role, municipality, supplier);
            return outcome == RoleChangeOutcome.Changed ? next : null;
        }, turn.ActorName, turn.CancellationToken);

        var notice = outcome switch
        {
            RoleChangeOutcome.NotCoordinator => new Notice(texts.RolesNotCoordinator, true),
            RoleChangeOutcome.Changed => new Notice(texts.RolesAssigned(person.Name, texts.RoleHeld(role, saved?.Municipality, saved?.Supplier)), false),
            RoleChangeOutcome.MunicipalityRequired => new Notice(texts.RolesMunicipalityRequired, true),
            RoleChangeOutcome.SupplierRequired => new Notice(texts.RolesSupplierRequired, true),
            _ => new Notice(texts.RolesUnchanged(person.Name), false),
        };
        return await roles.ComposeAsync(turn, notice, changed: outcome == RoleChangeOutcome.Changed);
    }
}
