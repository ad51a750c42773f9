namespace CoordinatorBot.Bot.Conversation.Pipeline;

/// <summary>
/// In a personal chat, an answer about a community carries it on its buttons; for a person with several communities it
/// also says which one it is about.
/// </summary>
public sealed class StampStep : ITurnStep
{
    public Task InvokeAsync(TurnContext context, TurnDelegate next)
    {
        if (context.Turn is CommunityTurn { Personal.Current: { } community } turn && context.Reply is { IsSent: false } reply)
        {
            var several = turn.Personal.All.Count > 1;
            context.Reply = reply switch
            {
                { Card: { } card } => Reply.WithCard(CommunityStamp.Apply(card, community.Id, turn.Texts, several ? community.DisplayName : null)),
                { Text: { } text } when several => Reply.WithText(turn.Texts.PersonalCommunityTextAbout(community.DisplayName, text)),
                _ => reply,
            };
        }

        return next(context);
    }
}
