namespace CoordinatorBot.Domain.Onboarding;

/// <summary>What the onboarding dialog asks for.</summary>
public sealed record OnboardingDetails(string Municipality, MembershipModel Model, Contact ProfessionalContact, Contact TechnicalContact,
    string Supplier, DateOnly GoLive);
