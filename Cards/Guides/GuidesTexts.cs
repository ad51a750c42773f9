using CoordinatorBot.Domain.Guides;

namespace CoordinatorBot.Cards.Localization;

/// <summary>The Guides texts that choose their key: the kinds, the states, the refusals and the form's problems.</summary>
public sealed partial class Texts
{
    [TextPerValue] public partial string GuideKindName(GuideKind kind);

    [TextPerValue] public partial string GuideStatusName(GuideStatus status);

    public string GuideRefusal(GuidePermission permission) => permission switch
    {
        GuidePermission.NotCoordinator => GuideRefusalNotCoordinator, GuidePermission.NotProposer => GuideRefusalNotProposer,
        GuidePermission.NotOpen => GuideRefusalNotOpen,
        _ => GuideRefusalNotMember,
    };

    public string GuideProblemText(GuideProblem problem, GuideKind kind) => problem switch
    {
        GuideProblem.NoTitle => GuideTitleError,
        GuideProblem.NoText => kind == GuideKind.Case ? CaseTextError : GuideTextError,
        GuideProblem.NoMunicipality => CaseMunicipalityError,
        GuideProblem.NoResults => CaseResultsError,
        GuideProblem.BadLink => GuideProblemBadLink,
        GuideProblem.TooManyLinks => GuideProblemTooManyLinks(GuideLimits.MaxLinks),
        GuideProblem.NoReason => GuideReasonError,
        _ => GuideProblemTooLong,
    };
}
