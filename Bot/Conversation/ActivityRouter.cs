using CoordinatorBot.Bot.Conversation.Dialogs;
using CoordinatorBot.Bot.Conversation.Pipeline;
using CoordinatorBot.Bot.Protocol.Hosting;

namespace CoordinatorBot.Bot.Conversation;

/// <summary>
/// Sends each activity through one pipeline of small steps, in this order: match the text's command or open dialog;
/// claim its id (help, which only answers, on this instance's memory); send what is no turn elsewhere (install and
/// membership events to the community's lifecycle, a feature's own invoke to its handler); refuse a malformed press;
/// find the community and the language; check the roster (personal chat); read the members into the turn; run the
/// handler; stamp the community on a personal chat's answer; answer as a message, an updated card or an invoke
/// response. The activity is read once, before the claim; so is the open dialog a text may answer.
/// </summary>
public sealed class ActivityRouter : IActivityHandler
{
    private readonly TurnHandlers _handlers;
    private readonly TurnDelegate _pipeline;
    private readonly ConnectorClient _connector;

    public ActivityRouter(IEnumerable<ICommand> commands, IEnumerable<ICardAction> actions, IEnumerable<IInvokeHandler> invokes,
        CommandMatcher matcher, HelpReply help, CommunityDirectory directory, CommunityMembers members, TeamRoster roster,
        CommunityLifecycle lifecycle, DialogRunner dialogs, ConnectorClient connector, ILogger<ActivityRouter> logger)
    {
        _handlers = new TurnHandlers(commands, actions, invokes);
        _connector = connector;
        _pipeline = TurnPipeline.Compose(
            new MatchStep(matcher, dialogs),
            new ClaimStep(),
            new OtherActivitiesStep(lifecycle, logger),
            new MalformedPressStep(),
            new PlaceStep(directory),
            new RosterStep(roster, logger),
            new MembersStep(members, connector),
            new DispatchStep(_handlers, help, dialogs, logger),
            new StampStep(),
            new AnswerStep());
    }

    public async Task<InvokeResponse?> HandleAsync(Activity activity, ActivityClaim claim, CancellationToken cancellationToken)
    {
        var context = TurnContext.Read(activity, _handlers, claim, cancellationToken);
        await _pipeline(context);
        return context.Response;
    }

    public Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken) =>
        HandleAsync(activity, ActivityClaim.Unneeded(), cancellationToken);

    public bool RecognisesRedelivery(Activity activity) =>
        TurnContext.Read(activity, _handlers, ActivityClaim.Unneeded(), CancellationToken.None).RecognisesRedelivery;

    /// <summary>
    /// A press while Table Storage is away: told, in the language of the card pressed (Danish when it says none), that
    /// nothing was saved and to press again — the same answer for every card of every feature. Other turns are
    /// delivered again by the service.
    /// </summary>
    public async Task<InvokeResponse?> AnswerStorageOutageAsync(Activity activity, CancellationToken cancellationToken)
    {
        var context = TurnContext.Read(activity, _handlers, ActivityClaim.Unneeded(), cancellationToken);
        var texts = new Texts(context.Chosen ?? Language.Danish);
        switch (context.Kind)
        {
            case TurnKind.Execute:
                return new(200, AdaptiveCardInvokeResponse.Message(texts.ErrorStorageUnavailable));
            case TurnKind.Submit:
                await new Turn(activity, texts.Language, _connector, cancellationToken).SendAsync(Reply.WithText(texts.ErrorStorageUnavailable));
                return new InvokeResponse(StatusCodes.Status200OK, null);
            case TurnKind.FeatureInvoke:
                return context.Invoke!.Failed(activity, storageUnavailable: true);
            default:
                return null;
        }
    }
}
