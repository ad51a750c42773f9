using System.Diagnostics;

namespace CoordinatorBot.Bot.Operations;

/// <summary>The names under which the bot's own spans, metrics and tags appear.</summary>
public static class BotTelemetry
{
    public const string Name = "CoordinatorBot";

    /// <summary>The bot's spans: one per turn. Immutable; listening is decided by the tracer provider.</summary>
    public static readonly ActivitySource Source = new(Name);

    public const string ActivityTypeTag = "coordinatorbot.activity.type";
    public const string CommandTag = "coordinatorbot.command";
    public const string CardVerbTag = "coordinatorbot.card.verb";
    public const string CommunityTag = "coordinatorbot.community.hash";
    public const string OutcomeTag = "coordinatorbot.outcome";
}
