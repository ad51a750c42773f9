namespace CoordinatorBot.Domain.Search;

/// <summary>A wish or a backlog item: both go by the wish's number, which people write "#12" or "12".</summary>
public abstract record BacklogRecord : SearchRecord
{
    private readonly int _number;

    protected BacklogRecord(string communityId, RecordKind kind, int number)
        : base(new RecordKey(communityId, kind, number.ToString(CultureInfo.InvariantCulture))) => _number = number;

    public override string Number => $"#{_number.ToString(CultureInfo.InvariantCulture)}";

    public override bool IsNumber(string folded) =>
        int.TryParse(folded.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var asked) && asked == _number;
}
