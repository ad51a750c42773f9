using CoordinatorBot.Domain.Search;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// A record's stable link on the bot's own address (<c>https://{bot}/r/{community}/{kind}/{id}</c>): the same for
/// everyone and for as long as the record exists, unsigned because it shows nothing by itself — pasted into Teams it
/// unfolds only for those who hold a role in the community, and a browser gets a page that names no record. The
/// address is <c>Export:PublicBaseUrl</c>, else the one the current request came to; with neither (a scheduled job
/// without a configured address) there is no link.
/// </summary>
public sealed class RecordLinks(IOptions<LinkOptions> options, IHttpContextAccessor http)
{
    public Uri? For(RecordKey key) => BaseUrl() is { } root ? new Uri(root, key.Path) : null;

    private Uri? BaseUrl()
    {
        if (options.Value.PublicBaseUrl is { } configured)
        {
            return configured;
        }

        return http.HttpContext?.Request is { } request ? new Uri($"{request.Scheme}://{request.Host}") : null;
    }
}
