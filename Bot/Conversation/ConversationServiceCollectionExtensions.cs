using CoordinatorBot.Bot.Conversation.Dialogs;
using CoordinatorBot.Bot.Protocol.Hosting;

namespace CoordinatorBot.Bot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>Routing of activities to the registered commands and card actions.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.AddSingleton(sp => new CommandMatcher(
            sp.GetServices<ICommand>().Select(c => c.Id).Prepend(CommandIds.Help),
            sp.GetServices<ICommand>().Where(c => c.SubcommandWords.Count > 0).ToDictionary(c => c.Id, c => c.SubcommandWords)));
        services.AddSingleton<IActivityHandler, ActivityRouter>();
        services.AddSingleton<DialogRunner>();
        services.AddSingleton<HelpReply>();
        services.AddSingleton<CommunityLifecycle>();
        services.AddHandlersIn(typeof(DialogAction));
        return services;
    }
}
