namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// Who a person was before they erased their data: the pseudonym their earlier votes and entries are kept under,
/// published by the people feature (which erases), read where a returning person must count once (a vote).
/// </summary>
public interface IFormerMembers
{
    /// <summary>The pseudonym the person's data was moved to when they erased it (one point read); null if they never did.</summary>
    Task<string?> PseudonymOfAsync(string aadObjectId, CancellationToken cancellationToken);
}
