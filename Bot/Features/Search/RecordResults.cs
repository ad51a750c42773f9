using CoordinatorBot.Cards.Search;
using CoordinatorBot.Domain.Search;

namespace CoordinatorBot.Bot.Features.Search;

/// <summary>Records as a compose extension's results: each its read-only card with its link, and its preview.</summary>
public sealed class RecordResults(RecordLinks links)
{
    /// <param name="several">The person reads several communities: each preview says which one.</param>
    public ComposeExtensionAttachment Of(Texts texts, SearchRecord record, ReadableCommunity readable, bool several)
    {
        var community = readable.Community;
        var card = RecordCard.Compose(texts, record, community.DisplayName, community.Clock.Zone, links.For(record.Key));
        var preview = RecordPreviews.Compose(texts, record, several ? community.DisplayName : null, community.Clock.Zone);
        return Attachment(card, preview);
    }

    public static ComposeExtensionAttachment Attachment(AdaptiveCard card, RecordPreview preview) =>
        new(AdaptiveCard.ContentType, CardJson.ToNode(card),
            new Attachment(RecordPreview.ContentType, JsonSerializer.SerializeToNode(preview, ProtocolJson.Options)));
}
