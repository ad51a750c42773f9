using Azure;
using Azure.Data.Tables;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>One person's vote, a row of its own: RowKey = decision key | voter, so simultaneous votes never collide.</summary>
public sealed class VoteEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string VoterId { get; set; } = string.Empty;
    public string VoterName { get; set; } = string.Empty;
    public string Choice { get; set; } = string.Empty;
    public string? Comment { get; set; }
    public DateTimeOffset CastAt { get; set; }

    public Vote ToVote() => new(VoterId, VoterName, Enum.Parse<VoteChoice>(Choice), Comment, CastAt);

    public static VoteEntity From(Vote vote) => new()
    {
        VoterId = vote.VoterId,
        VoterName = vote.VoterName,
        Choice = vote.Choice.ToString(),
        Comment = vote.Comment,
        CastAt = vote.CastAt,
    };
}
