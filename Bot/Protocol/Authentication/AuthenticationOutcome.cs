using System.Security.Claims;

namespace CoordinatorBot.Bot.Protocol.Authentication;

/// <summary>Whether a request may be handled, and if not, why (for the log only; the caller gets a bare 401).</summary>
public sealed record AuthenticationOutcome(bool Succeeded, ClaimsIdentity? Identity, string? Failure)
{
    public static AuthenticationOutcome Anonymous() => new(true, new ClaimsIdentity(), null);

    public static AuthenticationOutcome Success(ClaimsIdentity identity) => new(true, identity, null);

    public static AuthenticationOutcome Fail(string reason) => new(false, null, reason);
}
