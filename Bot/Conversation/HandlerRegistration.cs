using System.Reflection;

namespace CoordinatorBot.Bot.Conversation;

/// <summary>
/// Registers a feature's commands, card actions and invokes by finding them in its namespace, once, when the
/// application is composed: a handler states its verb or command id, the role it needs and its input in its own
/// declaration, and needs no line of registration. The router reads each handler's verb once, when it is built.
/// </summary>
public static class HandlerRegistration
{
    /// <summary>Every concrete handler declared in the namespace of <paramref name="feature"/> (not below it).</summary>
    public static IServiceCollection AddHandlersIn(this IServiceCollection services, Type feature)
    {
        var handlers = feature.Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.Namespace == feature.Namespace)
            .Where(t => typeof(ICommand).IsAssignableFrom(t) || typeof(ICardAction).IsAssignableFrom(t) || typeof(IInvokeHandler).IsAssignableFrom(t))
            // Help lists the commands in the order they are registered.
            .OrderBy(t => t.GetCustomAttribute<HelpOrderAttribute>()?.Position ?? int.MaxValue)
            .ThenBy(t => t.Name, StringComparer.Ordinal);
        foreach (var type in handlers)
        {
            if (typeof(ICommand).IsAssignableFrom(type))
            {
                services.AddSingleton(typeof(ICommand), type);
            }

            if (typeof(IInvokeHandler).IsAssignableFrom(type))
            {
                services.AddSingleton(typeof(IInvokeHandler), type);
            }

            if (!typeof(ICardAction).IsAssignableFrom(type))
            {
                continue;
            }

            if (type.GetCustomAttribute<ForVerbsAttribute>() is not { } forVerbs)
            {
                services.AddSingleton(typeof(ICardAction), type);
                continue;
            }

            foreach (var verb in forVerbs.Verbs)
            {
                services.AddSingleton<ICardAction>(sp => ActivatorUtilities.CreateInstance(sp, type, verb) is ICardAction { } action && action.Verb == verb
                    ? action
                    : throw new InvalidOperationException($"{type.Name} does not serve the verb '{verb}' it is registered for."));
            }
        }

        return services;
    }
}
