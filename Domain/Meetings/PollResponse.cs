namespace CoordinatorBot.Domain.Meetings;

/// <summary>One person's answers to a poll, one per time (null: not answered); their row, replaced when they answer again.</summary>
public sealed record PollResponse(string PersonId, string Name, IReadOnlyList<PollAnswer?> Answers, DateTimeOffset AnsweredAt)
{
    public PollAnswer? For(int slot) => slot < Answers.Count ? Answers[slot] : null;
}
