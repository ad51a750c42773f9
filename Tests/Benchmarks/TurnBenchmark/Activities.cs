using System.Text.Json.Nodes;
using CoordinatorBot.Tests.Support;

namespace CoordinatorBot.Benchmarks;

/// <summary>The tests' activities (<see cref="ActivityBuilder"/>, linked in), sent by the benchmark's people.</summary>
internal static class Activities
{
    public const string TeamId = ActivityBuilder.TeamId;

    public static JsonObject Message(string serviceUrl, string text, string person) =>
        ActivityBuilder.ChannelMessage(serviceUrl, text, person, Name(person));

    public static JsonObject Execute(string serviceUrl, string verb, JsonObject data, string person) =>
        ActivityBuilder.Execute(serviceUrl, verb, data, person, Name(person));

    public static JsonObject TeamInstall(string serviceUrl, string person)
    {
        var activity = ActivityBuilder.TeamInstall(serviceUrl);
        activity["from"] = new JsonObject { ["id"] = $"29:{person}", ["name"] = Name(person), ["aadObjectId"] = person };
        return activity;
    }

    private static string Name(string person) => "Person " + person[^3..];
}
