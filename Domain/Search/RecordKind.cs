namespace CoordinatorBot.Domain.Search;

/// <summary>The kinds of record a person can find, share and link to; each has its own word in a record's link.</summary>
public enum RecordKind
{
    Decision,
    Wish,
    Item,
    Meeting,
    StatusReport,
}
