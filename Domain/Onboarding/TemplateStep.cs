namespace CoordinatorBot.Domain.Onboarding;

/// <summary>
/// A step of the community's checklist template. A default step has a <see cref="DefaultKey"/> whose text exists in
/// Danish and English; a step the coordinator wrote or renamed has its own <see cref="Title"/>.
/// </summary>
public sealed record TemplateStep(string Key, string? DefaultKey, string? Title, Role Owner, StepAnchor Anchor, int OffsetDays,
    bool IsFollowUp = false);
