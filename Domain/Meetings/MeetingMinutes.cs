namespace CoordinatorBot.Domain.Meetings;

/// <summary>A meeting's minutes as the coordinator wrote them: one entry per agenda item.</summary>
public sealed record MeetingMinutes(IReadOnlyList<MinutesItem> Items, string WrittenByName, DateTimeOffset WrittenAt)
{
    /// <summary>The minutes as plain text, item by item: what the body reads on the approval card.</summary>
    public string AsText(Func<IReadOnlyList<Decisions.DecisionNumber>, string> decisionsLine) =>
        string.Join("\n\n", Items.Select((item, i) =>
        {
            var lines = new List<string> { $"{i + 1}. {item.Heading}" };
            if (item.Text.Length > 0)
            {
                lines.Add(item.Text);
            }

            if (item.Decisions.Count > 0)
            {
                lines.Add(decisionsLine(item.Decisions));
            }

            return string.Join('\n', lines);
        }));
}
