using System.Security.Claims;

namespace CoordinatorBot.Bot.Protocol.Authentication;

/// <summary>
/// Whether a request may be handled, and if not, why (for the log only; the caller gets a bare 401).
/// <see cref="ServiceUrlVouched"/> says whether the activity's serviceUrl may be stored: a Bot Connector token's
/// serviceurl claim named it, or (Development, no app id) it points at this machine, where the Playground runs.
/// </summary>
public sealed record AuthenticationOutcome(bool Succeeded, ClaimsIdentity? Identity, string? Failure, bool ServiceUrlVouched = false)
{
    public static AuthenticationOutcome Anonymous(bool serviceUrlVouched) => new(true, new ClaimsIdentity(), null, serviceUrlVouched);

    public static AuthenticationOutcome Success(ClaimsIdentity identity, bool serviceUrlVouched) =>
        new(true, identity, null, serviceUrlVouched);

    public static AuthenticationOutcome Fail(string reason) => new(false, null, reason);
}
