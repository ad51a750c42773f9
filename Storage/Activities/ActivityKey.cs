using System.Security.Cryptography;
using System.Text;

namespace CoordinatorBot.Storage.Activities;

/// <summary>
/// One activity as a short fixed-length key: its conversation id and its id (Teams makes activity ids unique only
/// within a conversation), hashed so that any characters and any length make a valid table key or value.
/// </summary>
public static class ActivityKey
{
    /// <summary>The hash in hexadecimal: unambiguous, since each part is length-prefixed.</summary>
    public static string Of(string conversationId, string activityId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{conversationId.Length}:{conversationId}|{activityId}")));
}
