using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Domain.Status;

/// <summary>Composes a status report for a period from the community's data: pure, so that it is tested without storage.</summary>
public static class StatusComposition
{
    /// <summary>How many weeks the MUST-hours picture looks back.</summary>
    public const int Weeks = 6;

    /// <summary>How many of the most supported wishes are named.</summary>
    public const int TopWishCount = 5;

    /// <summary>
    /// The default period: from the day after the last report's end, else from 30 days back but never before the
    /// community started, to today; a report composed the day the last one ended covers today alone rather than repeat
    /// the last one's month.
    /// </summary>
    public static (DateOnly From, DateOnly To) DefaultPeriod(StatusReport? last, DateOnly today, DateOnly started) =>
        last is null ? (Later(today.AddDays(-30), Earlier(started, today)), today) : (last.To < today ? last.To.AddDays(1) : today, today);

    /// <summary>The community's first day on its own clock: no report looks back before it.</summary>
    public static DateOnly Started(Communities.Community community) => community.Clock.Today(community.CreatedAt);

    public static StatusReport Compose(StatusInputs inputs, DateOnly from, DateOnly to, DateTimeOffset now)
    {
        var clock = inputs.Community.Clock;
        var started = Started(inputs.Community);
        from = Later(from, Earlier(started, to));
        bool InPeriod(DateTimeOffset instant) => clock.Today(instant) is var day && day >= from && day <= to;

        var taken = inputs.Decisions
            .Where(d => !d.IsOpen && d.ClosedAt is { } closed && InPeriod(closed))
            .OrderBy(d => d.ClosedAt).Select(Line).ToList();
        var open = inputs.Decisions.Where(d => d.IsOpen).OrderBy(d => d.Draft.Deadline).Select(Line).ToList();

        var classes = inputs.Items.Count == 0
            ? []
            : Enum.GetValues<MoscowClass>().Select(c =>
            {
                var items = inputs.Items.Where(i => i.Class == c && i.Status != ItemStatus.Rejected).ToList();
                return new ClassLine(c, items.Count, items.Aggregate(Estimate.None, (s, i) => s + i.Estimate),
                    items.Where(i => i.IsCommitted).Aggregate(Estimate.None, (s, i) => s + i.Estimate));
            }).ToList();
        var statuses = inputs.Items.GroupBy(i => i.Status).OrderBy(g => g.Key).Select(g => new StatusCount(g.Key, g.Count())).ToList();

        var top = WishSupports.Ranked(inputs.Wishes, inputs.Supports)
            .Where(r => r.Wish.IsOpen).Take(TopWishCount)
            .Select(r => new WishLine(r.Wish.Number, r.Wish.Title, r.Count)).ToList();

        var onboardings = inputs.Onboardings
            .Where(o => !o.IsCompleted || (o.CompletedAt is { } done && InPeriod(done)))
            .OrderBy(o => o.Details.Municipality, StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), false))
            .Select(o => new OnboardingLine(o.Details.Municipality, o.Done, o.Steps.Count, o.Steps.Count(s => s.IsOverdue(to)),
                o.Details.GoLive, o.IsCompleted))
            .ToList();

        var endOfPeriod = clock.ToInstant(to.AddDays(1), TimeOnly.MinValue);
        var held = inputs.Meetings.Where(m => !m.IsCancelled && InPeriod(m.Start) && m.Start < now).OrderBy(m => m.Start).Select(Line).ToList();
        var coming = inputs.Meetings.Where(m => m.Start >= now && m.Start < endOfPeriod.AddDays(60)).OrderBy(m => m.Start).Select(Line).ToList();

        return new StatusReport
        {
            From = from,
            To = to,
            DecisionsTaken = taken,
            DecisionsOpen = open,
            Classes = classes,
            Statuses = statuses,
            Budget = inputs.Community.BacklogBudget,
            YearlyFeeDkk = inputs.Community.YearlyFeeDkk,
            PrioritisedInYearDkk = BacklogBoard.Committed(inputs.Items, new BacklogBudget(null, null, BudgetPeriod.Year), to,
                inputs.Community.Clock.Zone).Dkk ?? 0m,
            WishesReceived = inputs.Wishes.Count(w => InPeriod(w.RaisedAt)),
            TopWishes = top,
            Onboardings = onboardings,
            MeetingsHeld = held,
            MeetingsComing = coming,
            MustWeeks = MustWeeks(inputs.Tasks, to, started),
            WeeklyHourBudget = inputs.Community.WeeklyHourBudget,
            ComposedAt = now,
        };
    }

    /// <summary>
    /// The MUST tasks' hours in each of the <see cref="Weeks"/> ISO weeks up to the one holding <paramref name="to"/>, from
    /// the week the community started at the earliest: no empty weeks from before it existed.
    /// </summary>
    public static IReadOnlyList<WeekHours> MustWeeks(IReadOnlyList<CoordinatorTask> tasks, DateOnly to, DateOnly started)
    {
        var must = tasks.Where(t => t.Class == MoscowClass.Must).ToList();
        if (must.Count == 0)
        {
            return [];
        }

        var monday = to.AddDays(-(((int)to.DayOfWeek + 6) % 7));
        var firstMonday = started.AddDays(-(((int)started.DayOfWeek + 6) % 7));
        var weeks = new List<WeekHours>();
        for (var w = Weeks - 1; w >= 0; w--)
        {
            var start = monday.AddDays(-7 * w);
            if (start < firstMonday)
            {
                continue;
            }

            var end = start.AddDays(6);
            var hours = must.Sum(t => OccurrencesBetween(t, start, end) * t.EstimateHours);
            var date = start.ToDateTime(TimeOnly.MinValue);
            weeks.Add(new WeekHours(ISOWeek.GetYear(date), ISOWeek.GetWeekOfYear(date), hours));
        }

        return weeks;
    }

    private static int OccurrencesBetween(CoordinatorTask task, DateOnly start, DateOnly end)
    {
        var count = 0;
        for (var n = 0; n < 5000; n++)
        {
            var day = Occurrences.Nth(task, n);
            if (day > end || (task.Recurrence == Recurrence.Once && n > 0))
            {
                break;
            }

            if (day >= start)
            {
                count++;
            }
        }

        return count;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DecisionLine Line(Decisions.Decision d) => new(d.Number.ToString(), d.Draft.Title, d.Status, d.ClosedAt, d.Draft.Deadline);

    private static MeetingLine Line(Meetings.Meeting m) =>
        new(m.Title, m.Kind, m.Start, m.OriginalStart is { } original && original != m.Start ? original : null, m.IsCancelled);
}
