namespace CoordinatorBot.Domain.Releases;

/// <summary>Why a repository's releases could not be read (GitHub's answer), each told to the coordinator in a line of its own.</summary>
public enum ReleaseFault
{
    /// <summary>404: no such repository, or a private one the token cannot see (GitHub answers 404 for both).</summary>
    NotFound,

    /// <summary>401: the token is wrong or expired.</summary>
    BadToken,

    /// <summary>403 without a rate limit: the token lacks access.</summary>
    NoAccess,

    /// <summary>A primary or secondary rate limit: tried again after its Retry-After or reset.</summary>
    RateLimited,

    /// <summary>A 5xx or no answer: tried again at the next interval.</summary>
    Unavailable,
}
