namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>A Graph call that failed for good, with the reason in the coordinator's terms.</summary>
public sealed class GraphCallException(GraphFailure failure, int? status, Exception? inner)
    : Exception($"Graph answered {status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"} ({failure}).", inner)
{
    public GraphFailure Failure { get; } = failure;

    public int? Status { get; } = status;
}
