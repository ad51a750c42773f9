using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Cards.Localization;

/// <summary>The Onboarding texts that choose their key: a membership model, a default step.</summary>
public sealed partial class Texts
{
    [TextPerValue("MembershipModel")] public partial string ModelName(MembershipModel model);

    /// <summary>A checklist step's title: its own, or the default step's text in this language.</summary>
    public string StepTitle(string? defaultKey, string? title) => title ?? DefaultStepTitle(defaultKey);

    public string DefaultStepTitle(string? key) => key switch
    {
        "Price" => StepPrice, "Agreement" => StepAgreement, "DataProcessing" => StepDataProcessing,
        "Contacts" => StepContacts, "Connection" => StepConnection, "Groups" => StepGroups, "FollowUp" => StepFollowUp,
        _ => throw new KeyNotFoundException($"No text for {key}."),
    };
}
