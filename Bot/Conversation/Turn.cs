using CoordinatorBot.Bot.Protocol.Connector;
using CoordinatorBot.Bot.Protocol.Schema;
using CoordinatorBot.Cards.Model;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Domain.Communities;

namespace CoordinatorBot.Bot.Conversation;

/// <summary>One incoming activity as a handler sees it: who acts, where, in which language, and how to answer.</summary>
public sealed class Turn(Activity activity, Language language, Community? community, ConnectorClient connector,
    CancellationToken cancellationToken)
{
    public Activity Activity { get; } = activity;
    public Language Language { get; } = language;
    public Texts Texts { get; } = new(language);

    /// <summary>The community the activity belongs to; null in a personal chat.</summary>
    public Community? Community { get; } = community;

    /// <summary>The acting person's Entra object id: the only identity the bot trusts (never card data).</summary>
    public string? ActorId => Activity.From?.AadObjectId;

    public string ActorName => Activity.From?.Name ?? string.Empty;

    public ConnectorClient Connector { get; } = connector;
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Answers in the conversation the activity came from (in its thread, in a channel).</summary>
    public Task<string?> SendAsync(Reply reply)
    {
        var outgoing = Outgoing(reply);
        return string.IsNullOrEmpty(Activity.Id)
            ? Connector.SendAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, outgoing, CancellationToken)
            : Connector.ReplyAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, Activity.Id, outgoing, CancellationToken);
    }

    /// <summary>Replaces a message the bot sent earlier in this conversation, for everyone who sees it.</summary>
    public Task UpdateAsync(string activityId, Reply reply) =>
        Connector.UpdateAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, activityId, Outgoing(reply), CancellationToken);

    /// <summary>A message from the bot into this conversation: a card alone, or text alone (Teams splits the two).</summary>
    public Activity Outgoing(Reply reply) => new()
    {
        Type = ActivityTypes.Message,
        From = Activity.Recipient,
        Recipient = Activity.From,
        Conversation = Activity.Conversation,
        Locale = Language.Culture().Name,
        Text = reply.Text,
        Attachments = reply.Card is { } card ? [new Attachment(AdaptiveCard.ContentType, CardJson.ToNode(card))] : null,
    };
}
