namespace CoordinatorBot.Domain.Status;

/// <summary>The coordinator's overall mark on a status report: På sporet, I risiko, Ikke på sporet.</summary>
public enum StatusMark
{
    OnTrack,
    AtRisk,
    OffTrack,
}
