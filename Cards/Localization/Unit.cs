namespace CoordinatorBot.Cards.Localization;

/// <summary>What is counted, for <see cref="Texts.Count"/>: each has a singular and a plural in both languages.</summary>
public enum Unit
{
    Hour,
    Day,
    Decision,
    Comment,
    Municipality,
    OfficeDay,
    Person,

    // The status report's figures.
    Item,
    NewWish,
    Meeting,
    Week,
    Step,

    // The readable summary of a person's data.
    Occasion,
    Entry,
}
