using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Domain.Surveys;

/// <summary>A survey's closing day and its one reminder, on office days as every other deadline.</summary>
public static class SurveyDates
{
    /// <summary>Two weeks is time enough to answer a short survey between meetings.</summary>
    public const int DefaultDays = 14;

    /// <summary>The reminder goes this many office days before the closing day.</summary>
    public const int ReminderOfficeDays = 2;

    public static DateOnly DefaultClosing(DateOnly today) => OfficeDays.OnOrAfter(today.AddDays(DefaultDays));

    /// <summary>The office day <see cref="ReminderOfficeDays"/> office days before <paramref name="closes"/>.</summary>
    public static DateOnly ReminderDay(DateOnly closes)
    {
        var day = closes;
        for (var i = 0; i < ReminderOfficeDays; i++)
        {
            day = OfficeDays.OnOrBefore(day.AddDays(-1));
        }

        return day;
    }

    /// <summary>The reminder is due from its day until the survey closes (a day missed while the bot was down is made up).</summary>
    public static bool ReminderDue(Survey survey, DateOnly today) => today >= ReminderDay(survey.Closes) && survey.IsOpen(today);
}
