namespace CoordinatorBot.Domain.Guides;

/// <summary>Why a proposed guide or case is not taken: the form comes back with the reason.</summary>
public enum GuideProblem
{
    NoTitle,
    NoText,
    NoMunicipality,
    NoResults,
    TooLong,
    BadLink,
    TooManyLinks,
    NoReason,
}
