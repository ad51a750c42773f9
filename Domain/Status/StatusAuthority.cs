namespace CoordinatorBot.Domain.Status;

/// <summary>
/// Who may do what with status reports and the governance report: everyone may read a published report; only the
/// coordinator composes, marks and publishes one, and fills the governance report.
/// </summary>
public static class StatusAuthority
{
    public static bool CanWrite(Member? actor) => actor?.Holds(Role.Coordinator) == true;
}
