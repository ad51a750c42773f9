using System.Security.Cryptography;

namespace CoordinatorBot.Bot.Operations;

/// <summary>
/// Identifiers as telemetry may carry them: the first 12 hex digits of their SHA-256, so that one community's turns
/// can be told apart from another's without the telemetry naming the team.
/// </summary>
public static class TelemetryHash
{
    public static string Of(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)).AsSpan(0, 6));
}
