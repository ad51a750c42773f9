namespace CoordinatorBot.Domain.Guides;

/// <summary>
/// A guide (title, for whom, steps or text, links) or a user case (title, municipality, what they did, the results, a
/// contact), proposed by a member and approved, sent back or declined by the coordinator.
/// </summary>
/// <param name="Audience">A guide's "for whom"; unused for a case.</param>
/// <param name="Municipality">A case's municipality (official name without "Kommune", as elsewhere); null for a guide.</param>
/// <param name="Results">A case's results; null for a guide.</param>
/// <param name="ContactId">A case's contact person, a member: named only while they consent (<see cref="GuideAuthority.NamesContact"/>).</param>
/// <param name="MeetingId">The user-club meeting or webinar where the case was presented.</param>
public sealed record Guide
{
    public required int Number { get; init; }
    public required GuideKind Kind { get; init; }
    public required string Title { get; init; }
    public string? Audience { get; init; }
    public string? Municipality { get; init; }
    public required string Text { get; init; }
    public string? Results { get; init; }
    public IReadOnlyList<string> Links { get; init; } = [];
    public string? ContactId { get; init; }
    public string? ContactName { get; init; }
    public string? MeetingId { get; init; }
    public GuideStatus Status { get; init; } = GuideStatus.Proposed;
    public required string ProposedById { get; init; }
    public required string ProposedByName { get; init; }
    public required DateTimeOffset ProposedAt { get; init; }

    /// <summary>Why changes were asked or why it was declined.</summary>
    public string? Reason { get; init; }
    public string? DecidedByName { get; init; }

    /// <summary>How often the proposer sent it again after changes were asked: each time the coordinator is told anew.</summary>
    public int Revisions { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
}
