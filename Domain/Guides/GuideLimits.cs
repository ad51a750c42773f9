namespace CoordinatorBot.Domain.Guides;

/// <summary>How many links a guide or case carries: enough for a few pages, few enough that its card stays small.</summary>
public static class GuideLimits
{
    public const int MaxLinks = 8;
}
