using CoordinatorBot.Storage.Dialogs;
using CoordinatorBot.Bot.Protocol.Hosting;

namespace CoordinatorBot.Bot.Conversation.Pipeline;

/// <summary>
/// One activity on its way through the router's pipeline: what was read from it (once), and what each step adds —
/// the place and language, the turn, the reply, the invoke's answer.
/// </summary>
public sealed class TurnContext
{
    private TurnContext(Activity activity, ActivityClaim claim, CancellationToken cancellationToken)
    {
        Activity = activity;
        Claim = claim;
        CancellationToken = cancellationToken;
    }

    public Activity Activity { get; }

    public ActivityClaim Claim { get; }

    public CancellationToken CancellationToken { get; }

    public TurnKind Kind { get; private init; }

    /// <summary>An Action.Execute's action, as its invoke value says (read once, for the claim and the handling).</summary>
    public AdaptiveCardInvokeAction? Action { get; private init; }

    /// <summary>A press's verb and data.</summary>
    public CardInput? Input { get; private init; }

    /// <summary>A feature's own invoke.</summary>
    public IInvokeHandler? Invoke { get; private init; }

    /// <summary>True when the press's action knows a redelivery by itself (the endpoint then makes no claim).</summary>
    public bool RecognisesRedelivery { get; private init; }

    /// <summary>The language of the card that was pressed, or of the open dialog; else the place decides.</summary>
    public Language? Chosen { get; set; }

    /// <summary>The community a pressed card names (a personal chat's buttons carry it); checked, never trusted.</summary>
    public string? Named { get; private init; }

    /// <summary>Text: what was written, without the bot's mention, and the command it matches.</summary>
    public string Text { get; set; } = string.Empty;

    public CommandMatch? Match { get; set; }

    /// <summary>Text: the dialog it answers.</summary>
    public DialogState? Dialog { get; set; }

    public PersonalCommunities Personal { get; set; } = PersonalCommunities.None;

    public Community? Community { get; set; }

    public Language Language { get; set; }

    public Turn? Turn { get; set; }

    public Reply? Reply { get; set; }

    /// <summary>The invoke's response; null for a message, or for an invoke the bot does not offer.</summary>
    public InvokeResponse? Response { get; set; }

    public bool IsPersonal => Activity.Conversation?.ConversationType == ConversationTypes.Personal;

    /// <summary>Reads the activity once: what kind it is, and for a press its action, verb, language and community.</summary>
    public static TurnContext Read(Activity activity, TurnHandlers handlers, ActivityClaim claim, CancellationToken cancellationToken)
    {
        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate:
            case ActivityTypes.InstallationUpdate:
                return new(activity, claim, cancellationToken) { Kind = TurnKind.Lifecycle };
            case ActivityTypes.Message when SubmittedVerb(activity) is { } verb:
                return Press(activity, claim, cancellationToken, TurnKind.Submit, new CardInput(verb, activity.Value), null, false);
            case ActivityTypes.Message:
                return new(activity, claim, cancellationToken) { Kind = TurnKind.Text };
            case ActivityTypes.Invoke when activity.Name == InvokeNames.AdaptiveCardAction:
                var action = ExecuteValue(activity)?.Action;
                var input = action is null ? null : new CardInput(action.Verb ?? string.Empty, action.Data);
                return Press(activity, claim, cancellationToken, TurnKind.Execute, input, action,
                    // An answer as a new message is sent again on a redelivery: that press is claimed like any other.
                    action is { Type: "Action.Execute", Verb: { } executed } && handlers.Actions.TryGetValue(executed, out var handler) &&
                    handler.RecognisesRedelivery && input!.Text(CardVerbs.AnswerKey) != CardVerbs.AnswerAsNewMessage);
            case ActivityTypes.Invoke when activity.Name is { } name && handlers.Invokes.TryGetValue(name, out var invoke):
                // A search or a link to unfold changes nothing: answered again, it is the same answer.
                return new(activity, claim, cancellationToken) { Kind = TurnKind.FeatureInvoke, Invoke = invoke, RecognisesRedelivery = true };
            default:
                return new(activity, claim, cancellationToken);
        }
    }

    private static TurnContext Press(Activity activity, ActivityClaim claim, CancellationToken cancellationToken, TurnKind kind,
        CardInput? input, AdaptiveCardInvokeAction? action, bool recognisesRedelivery) =>
        new(activity, claim, cancellationToken)
        {
            Kind = kind, Input = input, Action = action, RecognisesRedelivery = recognisesRedelivery,
            Chosen = LanguageChoice.FromCode(input?.Text(CardVerbs.LanguageKey)), Named = input?.Text(CardVerbs.CommunityKey),
        };

    private static AdaptiveCardInvokeValue? ExecuteValue(Activity activity)
    {
        try
        {
            return activity.Value?.Deserialize<AdaptiveCardInvokeValue>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? SubmittedVerb(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value &&
        value.TryGetProperty(CardVerbs.VerbKey, out var verb) && verb.ValueKind == JsonValueKind.String
            ? verb.GetString()
            : null;
}
