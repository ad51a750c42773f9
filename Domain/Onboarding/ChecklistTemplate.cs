namespace CoordinatorBot.Domain.Onboarding;

/// <summary>The steps every new member municipality goes through in this community, editable by the coordinator.</summary>
public sealed record ChecklistTemplate(IReadOnlyList<TemplateStep> Steps)
{
    // Each step carries its own edit form on the template card: 12 steps with full titles keep it under Teams' 28 KB.
    public const int MaxSteps = 12;
    public const int MaxTitleLength = Text.TextLimits.TemplateStepTitle;

    /// <summary>DOMAIN.md's steps: price and model, agreement, data processing, connection, contacts, groups, follow-up.</summary>
    public static ChecklistTemplate Default { get; } = new(
    [
        new("price", "Price", null, Role.Coordinator, StepAnchor.Start, 7),
        new("agreement", "Agreement", null, Role.Secretariat, StepAnchor.Start, 21),
        new("dataprocessing", "DataProcessing", null, Role.Municipality, StepAnchor.Start, 28),
        new("contacts", "Contacts", null, Role.Municipality, StepAnchor.Start, 7),
        new("connection", "Connection", null, Role.Supplier, StepAnchor.GoLive, -7),
        new("groups", "Groups", null, Role.Coordinator, StepAnchor.GoLive, 0),
        new("followup", "FollowUp", null, Role.Coordinator, StepAnchor.GoLive, 42, IsFollowUp: true),
    ]);

    public ChecklistTemplate Add(string title, Role owner, StepAnchor anchor, int offsetDays) =>
        Steps.Count >= MaxSteps || string.IsNullOrWhiteSpace(title)
            ? this
            : this with { Steps = [.. Steps, new TemplateStep(NewKey(), null, Clip(title), owner, anchor, offsetDays)] };

    public ChecklistTemplate Remove(string key) => this with { Steps = [.. Steps.Where(s => s.Key != key)] };

    public ChecklistTemplate MoveUp(string key)
    {
        var index = Steps.ToList().FindIndex(s => s.Key == key);
        if (index <= 0)
        {
            return this;
        }

        var steps = Steps.ToList();
        (steps[index - 1], steps[index]) = (steps[index], steps[index - 1]);
        return this with { Steps = steps };
    }

    /// <summary>Renames a step and sets its owner and due date; an empty title keeps the current one.</summary>
    public ChecklistTemplate Change(string key, string? title, Role owner, StepAnchor anchor, int offsetDays) =>
        this with
        {
            Steps = [.. Steps.Select(s => s.Key != key ? s : s with
            {
                Title = string.IsNullOrWhiteSpace(title) ? s.Title : Clip(title),
                DefaultKey = string.IsNullOrWhiteSpace(title) ? s.DefaultKey : null,
                Owner = owner,
                Anchor = anchor,
                OffsetDays = offsetDays,
            })],
        };

    private string NewKey()
    {
        var n = Steps.Count + 1;
        while (Steps.Any(s => s.Key == $"step{n}"))
        {
            n++;
        }

        return $"step{n}";
    }

    private static string Clip(string title) => title.Trim().Length > MaxTitleLength ? title.Trim()[..MaxTitleLength] : title.Trim();
}
