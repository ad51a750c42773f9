using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Bot.Features.Community;
using CoordinatorBot.Bot.Protocol;
using CoordinatorBot.Storage;

namespace CoordinatorBot.Bot;

/// <summary>Builds the bot's web application; tests build the very same one on a loopback port.</summary>
public static class BotApplication
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services
            .AddBotProtocol(builder.Configuration, builder.Environment)
            .AddStorage(builder.Configuration)
            .AddConversation()
            .AddCommunityFeature();

        var app = builder.Build();
        app.MapBotMessages();
        app.MapGet("/healthz", () => Results.Ok("ok"));
        return app;
    }
}
