using CoordinatorBot.Storage.Activities;

namespace CoordinatorBot.Bot.Conversation;

/// <summary>
/// One incoming activity as a handler sees it: who acts, in which language, and how to answer. A turn in a community
/// is a <see cref="CommunityTurn"/>.
/// </summary>
public class Turn(Activity activity, Language language, ConnectorClient connector, CancellationToken cancellationToken)
{
    public Activity Activity { get; } = activity;
    public Language Language { get; } = language;
    public Texts Texts { get; } = new(language);

    /// <summary>The acting person's Entra object id: the only identity the bot trusts (never card data).</summary>
    public string? ActorId => Activity.From?.AadObjectId;

    public string ActorName => Activity.From?.Name ?? string.Empty;

    /// <summary>The bot's name as Teams shows it here, to tell people how to mention it.</summary>
    public string BotName => Activity.Recipient?.Name is { Length: > 0 } name ? name : Texts.DefaultBotName;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>
    /// The activity as a short key (<see cref="ActivityKey"/>), for a handler that recognises a redelivery itself; null
    /// when the activity has no id to recognise it by.
    /// </summary>
    public string? DeliveryKey => Activity is { Id: { Length: > 0 } id, Conversation.Id: { Length: > 0 } conversation }
        ? ActivityKey.Of(conversation, id)
        : null;

    /// <summary>In a personal chat: the communities the person holds a role in, and the one this turn is about.</summary>
    public PersonalCommunities Personal { get; init; } = PersonalCommunities.None;

    /// <summary>
    /// The answer when a community's command or button has no community here: in a personal chat of a person with
    /// several, which one they mean; otherwise where to use it.
    /// </summary>
    public Reply NoCommunityReply(string? commandId = null, string? arguments = null) =>
        Personal.Named is not null && Personal.Current is null
            ? Reply.WithText(Texts.PersonalCommunityGone)
            : Personal.MustChoose
                ? Reply.WithCard(CommunityChoiceCard.Compose(Texts, [.. Personal.All.Select(c => new CommunityOption(c.Id, c.DisplayName))], null,
                    commandId, arguments))
                : Reply.WithText(Texts.ErrorNeedsCommunity);

    /// <summary>
    /// Whether the answer is seen by the acting person alone: a card action's invoke response (Teams shows it to the
    /// presser only) or anything in their personal chat. A message answered in a channel is read by everyone there.
    /// </summary>
    public bool AnswersOnlyTheActor =>
        Activity.Type == ActivityTypes.Invoke || Activity.Conversation?.ConversationType == ConversationTypes.Personal;

    /// <summary>Answers in the conversation the activity came from (in its thread, in a channel).</summary>
    public Task<string?> SendAsync(Reply reply)
    {
        if (reply.IsSent)
        {
            return Task.FromResult<string?>(null);
        }

        var outgoing = Outgoing(reply);
        return string.IsNullOrEmpty(Activity.Id)
            ? connector.SendAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, outgoing, CancellationToken)
            : connector.ReplyAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, Activity.Id, outgoing, CancellationToken);
    }

    /// <summary>
    /// Replaces a message the bot sent earlier in this conversation, or in <paramref name="conversationId"/> (another
    /// thread of the same channel), for everyone who sees it.
    /// </summary>
    public Task UpdateAsync(string activityId, Reply reply, string? conversationId = null)
    {
        var conversation = conversationId ?? Activity.Conversation!.Id!;
        return connector.UpdateAsync(Activity.ServiceUrl!, conversation, activityId,
            Outgoing(reply) with { Conversation = Activity.Conversation! with { Id = conversation } }, CancellationToken);
    }

    private Activity Outgoing(Reply reply) =>
        BotMessage.Create(Activity.Recipient?.Id ?? string.Empty, Activity.Conversation!.Id!, reply.Card, reply.Text, Language.Culture().Name)
            with { Recipient = Activity.From, Conversation = Activity.Conversation };
}
