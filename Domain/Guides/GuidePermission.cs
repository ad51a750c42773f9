namespace CoordinatorBot.Domain.Guides;

public enum GuidePermission
{
    Allowed,
    NotAMember,
    NotCoordinator,
    NotProposer,
    NotOpen,
}
