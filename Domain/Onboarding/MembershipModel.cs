namespace CoordinatorBot.Domain.Onboarding;

/// <summary>Whether the municipality is a member of OS2: it decides the price of joining the product.</summary>
public enum MembershipModel
{
    Os2Member,
    NotOs2Member,
}
