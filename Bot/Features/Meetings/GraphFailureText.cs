namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>What a Graph failure means to the coordinator, in their language.</summary>
public static class GraphFailureText
{
    public static string Of(Texts texts, GraphFailure failure) => failure switch
    {
        GraphFailure.Forbidden => texts.MeetingGraphForbidden,
        GraphFailure.NotFound => texts.MeetingGraphNotFound,
        GraphFailure.Throttled => texts.MeetingGraphThrottled,
        GraphFailure.Unavailable => texts.MeetingGraphUnavailable,
        _ => texts.MeetingGraphFailed,
    };
}
