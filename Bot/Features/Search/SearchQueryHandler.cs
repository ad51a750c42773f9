using CoordinatorBot.Domain.Search;
using CoordinatorBot.Storage.Search;

namespace CoordinatorBot.Bot.Features.Search;

/// <summary>
/// "Søg i fællesskabet" in the compose box (composeExtension/query): the records of every community the person holds a
/// role in, ranked (<see cref="RecordRanking"/>), at most 25, each as a preview that inserts the record's read-only
/// card. Every community is read at the same time (four queries of its partition), well within Teams' five seconds.
/// </summary>
public sealed class SearchQueryHandler(RecordReaders readers, RecordCatalog catalog, RecordResults results) : IInvokeHandler
{
    /// <summary>The manifest's command and its one parameter.</summary>
    public const string CommandId = "searchRecords";
    public const string QueryParameter = "query";

    // Teams pages by skip and count; a page beyond this is no real person's scrolling.
    private const int MaxSkip = 500;

    public string Name => InvokeNames.ComposeExtensionQuery;

    public async Task<InvokeResponse> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var texts = new Texts(await readers.LanguageAsync(activity, cancellationToken));
        if (ComposeExtensionQuery.From(activity.Value) is not { } query)
        {
            return ComposeAnswers.Message(texts.SearchNotUnderstood);
        }

        var communities = await readers.CommunitiesAsync(activity, cancellationToken);
        if (communities.Count == 0)
        {
            return ComposeAnswers.Message(texts.SearchNoCommunity);
        }

        var lists = await Task.WhenAll(communities.Select(c => catalog.ListAsync(c.Community.Id, cancellationToken)));
        var skip = Math.Min(query.Skip, MaxSkip);
        var take = Math.Clamp(query.Count ?? RecordLimits.MaxResults, 0, RecordLimits.MaxResults);
        var found = RecordRanking.Rank(lists.SelectMany(l => l), Text(query), skip + take).Skip(skip);

        var byId = communities.ToDictionary(c => c.Community.Id, StringComparer.Ordinal);
        var several = communities.Count > 1;
        return ComposeAnswers.Results([.. found.Select(record => results.Of(texts, record, byId[record.Key.CommunityId], several))]);
    }

    public InvokeResponse Failed(Activity activity, bool storageUnavailable) => ComposeAnswers.Failed(activity, storageUnavailable);

    /// <summary>What was typed; none for the query Teams makes before anything is typed, or a parameter this bot does not know.</summary>
    private static string? Text(ComposeExtensionQuery query) =>
        query.Parameters.FirstOrDefault(p => p.Name == QueryParameter)?.Value;
}
