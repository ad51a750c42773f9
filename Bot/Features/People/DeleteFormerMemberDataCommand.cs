using CoordinatorBot.Cards.People;

namespace CoordinatorBot.Bot.Features.People;

/// <summary>
/// "slet tidligere medlems data" / "delete former member data": the coordinator's list of people who held a role here
/// and hold none now, to erase the data of one who has left.
/// </summary>
[HelpOrder(4)]
public sealed class DeleteFormerMemberDataCommand(MemberStore members) : CommunityCommand(CommandIds.DeleteFormerMemberData, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments)
    {
        var history = await members.HistoryAsync(turn.Community.Id, null, turn.CancellationToken);
        var current = turn.Members.Select(m => m.AadObjectId).ToHashSet(StringComparer.Ordinal);
        // Those erased already are in the history under their pseudonym; they are no one to erase again.
        var former = history.Where(e => !current.Contains(e.AadObjectId) && !FormerMember.IsPseudonym(e.AadObjectId))
            .GroupBy(e => e.AadObjectId)
            .Select(g => (g.Key, g.Last().Name))
            .OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
            .Take(30)
            .ToList();
        return Reply.WithCard(PersonalDataCard.FormerMembers(turn.Texts, former));
    }
}
