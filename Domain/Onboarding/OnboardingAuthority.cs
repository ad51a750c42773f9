namespace CoordinatorBot.Domain.Onboarding;

/// <summary>
/// Who may tick which onboarding step, and whose steps a person is reminded of. Holding the owner role is not
/// enough for the municipality's and the supplier's steps: they belong to that municipality's people and to that
/// supplier's people only, so that nobody can tick "data processing agreement in place" for someone else.
/// </summary>
public static partial class OnboardingAuthority
{
    /// <summary>The coordinator always; otherwise only the person whose own step it is (<see cref="IsOwnStep"/>).</summary>
    public static StepPermission MayTick(Onboarding onboarding, OnboardingStep step, Member? actor) =>
        actor?.Holds(Role.Coordinator) == true ? StepPermission.Allowed : IsOwnStep(onboarding, step, actor);

    /// <summary>
    /// Whether the step is the person's own: they hold its owner role and, for the municipality's steps, speak for the
    /// onboarding's municipality, for the supplier's steps, work for its supplier. The coordinator's override is not
    /// counted here, so that the coordinator is not reminded of everyone's steps.
    /// </summary>
    public static StepPermission IsOwnStep(Onboarding onboarding, OnboardingStep step, Member? actor)
    {
        if (actor is not { Roles.Count: > 0 })
        {
            return StepPermission.NotAMember;
        }

        if (!actor.Holds(step.Owner))
        {
            return StepPermission.NotOwnerRole;
        }

        return step.Owner switch
        {
            Role.Municipality when !SameMunicipality(actor.Municipality, onboarding.Details.Municipality) => StepPermission.OtherMunicipality,
            Role.Supplier when !SameSupplier(actor.Supplier, onboarding.Details.Supplier) => StepPermission.OtherSupplier,
            _ => StepPermission.Allowed,
        };
    }

    /// <summary>The open steps of these onboardings that are the person's own, due on or before <paramref name="until"/>.</summary>
    public static IReadOnlyList<DueStep> StepsToNudge(Member? person, IEnumerable<Onboarding> onboardings, DateOnly until) =>
        [.. onboardings.Where(o => !o.IsCompleted)
            .SelectMany(o => o.Steps.Where(s => !s.IsDone && s.Due <= until && IsOwnStep(o, s, person) == StepPermission.Allowed)
                .Select(s => new DueStep(o, s)))];

    /// <summary>
    /// "Århus", "aarhus kommune" and "Aarhus" are one municipality: both sides are read as one of the 98 names (as
    /// the onboarding dialog reads them); a name that is none of them matches nothing.
    /// </summary>
    public static bool SameMunicipality(string? a, string? b) =>
        Municipalities.Find(a).Municipality is { } first && Municipalities.Find(b).Municipality == first;

    /// <summary>A supplier's name compared without case, accents or extra spaces ("Magenta  ApS" = "magenta aps").</summary>
    public static bool SameSupplier(string? a, string? b) =>
        SupplierKey(a) is { Length: > 0 } first && SupplierKey(b) == first;

    private static string SupplierKey(string? name) =>
        string.IsNullOrWhiteSpace(name) ? string.Empty : Spaces().Replace(TextFolding.Fold(name.Trim()), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
