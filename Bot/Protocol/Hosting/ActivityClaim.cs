using CoordinatorBot.Storage.Activities;

namespace CoordinatorBot.Bot.Protocol.Hosting;

/// <summary>
/// The endpoint's claim on an activity's id (so that a redelivery is acknowledged, not handled again), made when the
/// handler asks for it: the handler knows, from the activity it reads once, whether it recognises its redeliveries
/// itself and needs no claim, or whether it only answers and this instance's memory of what it answered is enough.
/// </summary>
public sealed class ActivityClaim(Func<string, CancellationToken, Task<bool>>? claim, Func<bool>? remember = null)
{
    /// <summary>For an activity without an id: nothing to claim, every attempt succeeds.</summary>
    public static ActivityClaim Unneeded() => new(null);

    /// <summary>The claim written (or being written), to release when the turn fails; null when none was tried.</summary>
    public string? Token { get; private set; }

    /// <summary>True when another turn had claimed the activity: it was handled already.</summary>
    public bool Refused { get; private set; }

    /// <summary>True when the turn was let in on this instance's memory (<see cref="AnsweredActivities"/>): to forget when it fails.</summary>
    public bool Remembered { get; private set; }

    /// <summary>Claims the activity; false when it was handled already (and must not be handled again).</summary>
    public async Task<bool> TryAsync(CancellationToken cancellationToken)
    {
        if (claim is null)
        {
            return true;
        }

        Token = HandledActivityStore.NewClaim();
        Refused = !await claim(Token, cancellationToken);
        return !Refused;
    }

    /// <summary>
    /// Recognises a redelivery from this instance's memory instead of a claim in storage: for a turn that only answers,
    /// which handled twice (on two instances) gives the same answer twice and changes nothing. False when this instance
    /// handled it already.
    /// </summary>
    public bool TryRemember()
    {
        if (remember is null)
        {
            return true;
        }

        Refused = !remember();
        Remembered = !Refused;
        return Remembered;
    }
}
