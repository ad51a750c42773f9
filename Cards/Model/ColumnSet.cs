namespace CoordinatorBot.Cards.Model;

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;
