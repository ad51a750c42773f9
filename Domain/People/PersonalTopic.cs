namespace CoordinatorBot.Domain.People;

/// <summary>What a piece of a person's data is about: the readable summary of "mine data" is grouped by it, in this order.</summary>
public enum PersonalTopic
{
    Roles,
    Votes,
    Proposals,
    Wishes,
    Supports,
    Backlog,
    Onboarding,
    Meetings,
    Reports,
    Settings,
    Messages,
    Other,
}
