namespace CoordinatorBot.Domain.Onboarding;

/// <summary>Whether a person may tick an onboarding step, and if not, why.</summary>
public enum StepPermission
{
    Allowed,

    /// <summary>The person holds no role in the community (never had one, or was removed).</summary>
    NotAMember,

    /// <summary>The person does not hold the step's owner role.</summary>
    NotOwnerRole,

    /// <summary>The person has the municipality role, but for another municipality than the one onboarding.</summary>
    OtherMunicipality,

    /// <summary>The person has the supplier role, but for another company than the onboarding's supplier.</summary>
    OtherSupplier,
}
