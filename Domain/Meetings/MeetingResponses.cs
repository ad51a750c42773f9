namespace CoordinatorBot.Domain.Meetings;

/// <summary>The attendees' answers to the invitation, as counted when they were last read from the calendar.</summary>
public sealed record MeetingResponses(int Accepted, int Tentative, int Declined, int None, DateTimeOffset ReadAt);
