using CoordinatorBot.Cards.Search;
using CoordinatorBot.Domain.Search;
using CoordinatorBot.Storage.Search;

namespace CoordinatorBot.Bot.Features.Search;

/// <summary>
/// A record's link pasted into a Teams conversation (composeExtension/queryLink) unfolds into its read-only card — for
/// someone who holds a role in its community. For anyone else it unfolds into a card that says only that it belongs to
/// a community they are not part of: no title, number or community, and the same whether the record exists or not. A
/// link of the bot's domain that names no record unfolds into nothing.
/// </summary>
public sealed class LinkUnfoldHandler(RecordReaders readers, RecordCatalog catalog, RecordResults results) : IInvokeHandler
{
    public string Name => InvokeNames.ComposeExtensionQueryLink;

    public async Task<InvokeResponse> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (RecordKey.FromUrl(AppBasedLinkQuery.From(activity.Value)?.Url) is not { } key)
        {
            return ComposeAnswers.Results([]);
        }

        var texts = new Texts(await readers.LanguageAsync(activity, cancellationToken));
        if (await readers.CommunityAsync(activity, key.CommunityId, cancellationToken) is not { } readable)
        {
            return ComposeAnswers.Results([RecordResults.Attachment(ForeignRecordCard.Compose(texts), ForeignRecordCard.Preview(texts))]);
        }

        var name = readable.Community.DisplayName;
        return await catalog.FindAsync(key, cancellationToken) is { } record
            ? ComposeAnswers.Results([results.Of(texts, record, readable, several: false)])
            : ComposeAnswers.Results([RecordResults.Attachment(MissingRecordCard.Compose(texts, name), MissingRecordCard.Preview(texts, name))]);
    }

    public InvokeResponse Failed(Activity activity, bool storageUnavailable) => ComposeAnswers.Failed(activity, storageUnavailable);
}
