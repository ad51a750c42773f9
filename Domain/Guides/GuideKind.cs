namespace CoordinatorBot.Domain.Guides;

/// <summary>A short guide for the users, or a user case (a municipality's story, for spreading the product).</summary>
public enum GuideKind
{
    Guide,
    Case,
}
