namespace CoordinatorBot.Cards.Export;

/// <summary>One table's rows about a person, each row its keys and properties as text, for the readable summary.</summary>
public sealed record PersonalDataSection(string Table, IReadOnlyList<IReadOnlyList<(string Key, string Value)>> Rows);
