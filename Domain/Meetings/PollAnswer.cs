namespace CoordinatorBot.Domain.Meetings;

/// <summary>An attendee's answer to one time in a poll: ja, måske, nej.</summary>
public enum PollAnswer
{
    Yes,
    Maybe,
    No,
}
