namespace CoordinatorBot.Domain.Backlog;

/// <summary>An estimate in hours and/or Danish kroner; either may be unknown.</summary>
public sealed record Estimate(decimal? Hours, decimal? Dkk)
{
    public static Estimate None { get; } = new(null, null);

    public bool IsEmpty => Hours is null && Dkk is null;

    public static Estimate operator +(Estimate a, Estimate b) =>
        new(a.Hours is null && b.Hours is null ? null : (a.Hours ?? 0) + (b.Hours ?? 0),
            a.Dkk is null && b.Dkk is null ? null : (a.Dkk ?? 0) + (b.Dkk ?? 0));
}
