using CoordinatorBot.Bot.Features.Setup;
using CoordinatorBot.Bot.Features.Decisions;
using CoordinatorBot.Bot.Features.Meetings;
using CoordinatorBot.Bot.Features.Onboarding;
using CoordinatorBot.Bot.Features.Priorities;
using CoordinatorBot.Bot.Features.Backlog;
using CoordinatorBot.Bot.Features.People;
using CoordinatorBot.Bot.Features.Search;
using CoordinatorBot.Bot.Features.Status;
using CoordinatorBot.Bot.Features.Surveys;
using CoordinatorBot.Bot.Features.Guides;
using CoordinatorBot.Bot.Features.Releases;
using CoordinatorBot.Bot.Features.Portfolio;
using CoordinatorBot.Bot.Scheduling;
using CoordinatorBot.Bot.Protocol;
using CoordinatorBot.Storage;

namespace CoordinatorBot.Bot;

/// <summary>
/// Builds the bot's web application. Tests build the very same one on a loopback port; their <c>configure</c> runs
/// after the composition and can replace a service.
/// </summary>
public static class BotApplication
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services
            .AddBotProtocol(builder.Configuration, builder.Environment)
            .AddStorage(builder.Configuration)
            .AddCommunities(builder.Configuration)
            .AddConversation()
            .AddSetupFeature()
            .AddDecisionsFeature(builder.Configuration)
            .AddOnboardingFeature()
            .AddPrioritiesFeature()
            .AddMeetingsFeature(builder.Configuration)
            .AddBacklogFeature(builder.Configuration)
            .AddPeopleFeature(builder.Configuration)
            .AddStatusFeature(builder.Configuration)
            .AddSurveysFeature(builder.Configuration)
            .AddGuidesFeature()
            .AddReleasesFeature(builder.Configuration)
            .AddPortfolioFeature()
            .AddSearchFeature()
            .AddScheduling(builder.Configuration)
            .AddOperations(builder.Configuration);

        // Last, so that tests can replace what was registered above.
        configure?.Invoke(builder);

        var app = builder.Build();

        // Whatever fails, the caller gets a bare status code, never a stack trace (also in Development).
        app.UseExceptionHandler(failed => failed.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        }));
        // Each part's endpoints, as its Add…() registered them: the messages endpoint, the features' links, health.
        app.MapRegisteredEndpoints();
        return app;
    }
}
