namespace CoordinatorBot.Bot.Features.Status;

/// <summary>Configuration section "Status": when the status report's draft is prepared for the coordinator.</summary>
public sealed class StatusDraftOptions
{
    public const string Section = "Status";

    /// <summary>How many office days before a steering-group meeting the draft is prepared.</summary>
    public int DraftOfficeDaysBefore { get; set; } = Domain.Status.StatusSchedule.DefaultOfficeDaysBefore;

    /// <summary>Without steering-group meetings coming: the month's office day (1 = the first) the draft is prepared on.</summary>
    public int MonthlyDraftOfficeDay { get; set; } = 1;
}
