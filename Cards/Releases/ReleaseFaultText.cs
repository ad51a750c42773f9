using CoordinatorBot.Domain.Releases;

namespace CoordinatorBot.Cards.Releases;

/// <summary>GitHub's fault in one Danish (or English) line for the coordinator, with what to do.</summary>
public static class ReleaseFaultText
{
    /// <param name="retryAt">When the bot tries again (a rate limit's wait), in words on the community's clock.</param>
    public static string Of(Texts texts, ReleaseFault fault, string repository, string retryAt) => fault switch
    {
        ReleaseFault.NotFound => texts.ReleaseFaultNotFound(repository),
        ReleaseFault.BadToken => texts.ReleaseFaultBadToken,
        ReleaseFault.NoAccess => texts.ReleaseFaultNoAccess(repository),
        ReleaseFault.RateLimited => texts.ReleaseFaultRateLimited(retryAt),
        _ => texts.ReleaseFaultUnavailable,
    };
}
