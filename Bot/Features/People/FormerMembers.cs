using CoordinatorBot.Storage.People;

namespace CoordinatorBot.Bot.Features.People;

/// <summary>The people feature's answer to who a person was before an erasure, over its pseudonyms.</summary>
public sealed class FormerMembers(PseudonymStore pseudonyms) : IFormerMembers
{
    public async Task<string?> PseudonymOfAsync(string aadObjectId, CancellationToken cancellationToken) =>
        (await pseudonyms.FindAsync(aadObjectId, cancellationToken))?.Id;
}
