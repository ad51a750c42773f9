using System.Net;
using Azure.Core;
using Azure.Identity;
using CoordinatorBot.Domain.Meetings;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using AttendeeAvailability = CoordinatorBot.Domain.Meetings.AttendeeAvailability;
using Community = CoordinatorBot.Domain.Communities.Community;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>
/// The meetings' calls to Microsoft Graph (app-only) through the official SDK, whose own middleware retries 429 and
/// 503 with their Retry-After. Every failure that remains comes out as a <see cref="GraphCallException"/>.
/// </summary>
public sealed partial class MeetingGraph
{
    /// <summary>The named HttpClient: Graph's own middleware (retry with Retry-After, redirects, …), counted like every client.</summary>
    public const string HttpClientName = "graph";

    /// <summary>getSchedule takes at most 20 schedules a call.</summary>
    public const int SchedulesPerCall = 20;

    /// <summary>Minutes per character of the availability view; slots start on the half hour.</summary>
    public const int AvailabilityViewInterval = 30;

    private readonly GraphOptions _options;
    private readonly Lazy<GraphServiceClient> _client;
    private readonly ILogger<MeetingGraph> _logger;

    public MeetingGraph(IOptions<GraphOptions> options, IHostEnvironment environment, IHttpClientFactory http, ILogger<MeetingGraph> logger)
    {
        _options = options.Value;
        _logger = logger;
        _client = new Lazy<GraphServiceClient>(() => Create(_options, environment, http.CreateClient(HttpClientName)));
    }

    /// <summary>The mailbox that books the community's meetings; null when Graph is not set up for it.</summary>
    public string? OrganizerOf(Community community) =>
        community.MeetingOrganizer is { Length: > 0 } own ? own
        : _options.Organizer is { Length: > 0 } configured ? configured
        : null;

    /// <summary>
    /// Books the meeting as an online Teams meeting; the event's id, join link and iCalUId (the uid its invitation
    /// carries, for the calendar file).
    /// </summary>
    public async Task<(string EventId, string? JoinUrl, string? CalendarUid)> CreateAsync(string organizer, Meeting meeting, CommunityClock clock, string bodyHtml,
        CancellationToken cancellationToken)
    {
        var request = new Event
        {
            Subject = meeting.Title,
            Body = new ItemBody { ContentType = BodyType.Html, Content = bodyHtml },
            Start = GraphTimeZone.From(meeting.Start, clock),
            End = GraphTimeZone.From(meeting.End, clock),
            Attendees = [.. meeting.Attendees.Where(a => a.Email is not null).Select(a => new Attendee
            {
                EmailAddress = new EmailAddress { Address = a.Email, Name = a.Name },
                Type = AttendeeType.Required,
            })],
            Location = meeting.Place is { } place ? new Location { DisplayName = place } : null,
            IsOnlineMeeting = meeting.IsOnline,
            OnlineMeetingProvider = meeting.IsOnline ? OnlineMeetingProviderType.TeamsForBusiness : null,
            AllowNewTimeProposals = true,
            TransactionId = meeting.TransactionId,
            Recurrence = meeting.Recurrence is { } series ? Recurrence(series, clock) : null,
        };
        var created = await CallAsync(() => _client.Value.Users[organizer].Events.PostAsync(request, cancellationToken: cancellationToken));
        return (created?.Id ?? throw new GraphCallException(GraphFailure.Failed, null, null), created.OnlineMeeting?.JoinUrl, created.ICalUId);
    }

    /// <summary>
    /// A series' occurrences between two instants (the first's start, the last's end): each one's own event id and
    /// start, to move or cancel one of them alone.
    /// </summary>
    public async Task<IReadOnlyList<(string EventId, DateTimeOffset Start)>> InstancesAsync(string organizer, string seriesEventId,
        DateTimeOffset from, DateTimeOffset until, CommunityClock clock, CancellationToken cancellationToken)
    {
        var found = await CallAsync(() => _client.Value.Users[organizer].Events[seriesEventId].Instances.GetAsync(r =>
        {
            r.QueryParameters.StartDateTime = from.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            r.QueryParameters.EndDateTime = until.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            r.QueryParameters.Select = ["id", "start"];
            r.QueryParameters.Top = 100;
        }, cancellationToken));
        return [.. (found?.Value ?? []).Where(e => e.Id is not null && GraphTimeZone.ToInstant(e.Start, clock) is not null)
            .Select(e => (e.Id!, GraphTimeZone.ToInstant(e.Start, clock)!.Value))];
    }

    /// <summary>Graph's relativeMonthly pattern ("the first Monday every 3 months") with an end date, on the community's zone.</summary>
    private static PatternedRecurrence Recurrence(MeetingRecurrence series, CommunityClock clock) => new()
    {
        Pattern = new RecurrencePattern
        {
            Type = RecurrencePatternType.RelativeMonthly,
            Interval = series.IntervalMonths,
            DaysOfWeek = [Enum.Parse<DayOfWeekObject>(series.Day.ToString())],
            Index = series.Week switch
            {
                WeekOfMonth.First => WeekIndex.First,
                WeekOfMonth.Second => WeekIndex.Second,
                WeekOfMonth.Third => WeekIndex.Third,
                WeekOfMonth.Fourth => WeekIndex.Fourth,
                _ => WeekIndex.Last,
            },
        },
        Range = new RecurrenceRange
        {
            Type = RecurrenceRangeType.EndDate,
            StartDate = new Date(series.First.Year, series.First.Month, series.First.Day),
            EndDate = new Date(series.Until.Year, series.Until.Month, series.Until.Day),
            RecurrenceTimeZone = GraphTimeZone.NameOf(clock.Zone),
        },
    };

    /// <summary>Moves the event (PATCH of its start and end); Graph tells the attendees.</summary>
    public Task MoveAsync(string organizer, string eventId, Meeting moved, CommunityClock clock, CancellationToken cancellationToken) =>
        CallAsync(() => _client.Value.Users[organizer].Events[eventId].PatchAsync(new Event
        {
            Start = GraphTimeZone.From(moved.Start, clock),
            End = GraphTimeZone.From(moved.End, clock),
        }, cancellationToken: cancellationToken));

    /// <summary>Cancels the event with a message to the attendees (only the organizer can; Graph answers 202).</summary>
    public Task CancelAsync(string organizer, string eventId, string? comment, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            await _client.Value.Users[organizer].Events[eventId].Cancel.PostAsync(new CancelPostRequestBody { Comment = comment ?? string.Empty },
                cancellationToken: cancellationToken);
            return true;
        });

    /// <summary>The attendees' answers as counts (the organizer's own entry aside).</summary>
    public async Task<MeetingResponses> ResponsesAsync(string organizer, string eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = await CallAsync(() => _client.Value.Users[organizer].Events[eventId].GetAsync(
            r => r.QueryParameters.Select = ["attendees"], cancellationToken));
        var answers = (found?.Attendees ?? []).Select(a => a.Status?.Response).Where(r => r != ResponseType.Organizer).ToList();
        return new MeetingResponses(
            answers.Count(r => r == ResponseType.Accepted),
            answers.Count(r => r == ResponseType.TentativelyAccepted),
            answers.Count(r => r == ResponseType.Declined),
            answers.Count(r => r is null or ResponseType.None or ResponseType.NotResponded),
            now);
    }

    /// <summary>
    /// The attendees' calendars over the search window, 20 schedules a call. An attendee without an address, or whose
    /// schedule Graph answers with an error item (another tenant, an unknown address), is unknown.
    /// </summary>
    public async Task<IReadOnlyList<AttendeeAvailability>> AvailabilityAsync(string organizer, IReadOnlyList<MeetingAttendee> attendees,
        SlotSearch search, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, IReadOnlyList<BusyBlock>>(StringComparer.OrdinalIgnoreCase);
        var zoneName = GraphTimeZone.NameOf(search.Clock.Zone);
        var addresses = attendees.Select(a => a.Email).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var batch in addresses.Chunk(SchedulesPerCall))
        {
            var body = new GetSchedulePostRequestBody
            {
                Schedules = [.. batch],
                StartTime = GraphTimeZone.From(search.From, search.Clock),
                EndTime = GraphTimeZone.From(search.Until, search.Clock),
                AvailabilityViewInterval = AvailabilityViewInterval,
            };
            var answer = await CallAsync(() => _client.Value.Users[organizer].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(body,
                r => r.Headers.Add("Prefer", $"outlook.timezone=\"{zoneName}\""), cancellationToken));
            foreach (var schedule in answer?.Value ?? [])
            {
                if (schedule.ScheduleId is { } id && schedule.Error is null)
                {
                    known[id] = BusyBlocks(schedule, search);
                }
            }
        }

        return [.. attendees.Select(a => new AttendeeAvailability(a, a.Email is { } email && known.TryGetValue(email, out var busy) ? busy : null))];
    }

    /// <summary>Busy, tentative and away blocks from the schedule's items, and from its availability view where it has no items.</summary>
    private static IReadOnlyList<BusyBlock> BusyBlocks(ScheduleInformation schedule, SlotSearch search)
    {
        var blocks = new List<BusyBlock>();
        foreach (var item in schedule.ScheduleItems ?? [])
        {
            if (item.Status is FreeBusyStatus.Free or FreeBusyStatus.WorkingElsewhere ||
                GraphTimeZone.ToInstant(item.Start, search.Clock) is not { } start || GraphTimeZone.ToInstant(item.End, search.Clock) is not { } end)
            {
                continue;
            }

            blocks.Add(new BusyBlock(start, end));
        }

        if (blocks.Count == 0 && schedule.AvailabilityView is { } view)
        {
            // One digit per interval from the window's start: 0 free, 1 tentative, 2 busy, 3 away, 4 working elsewhere.
            var interval = TimeSpan.FromMinutes(AvailabilityViewInterval);
            for (var i = 0; i < view.Length; i++)
            {
                if (view[i] is '1' or '2' or '3')
                {
                    blocks.Add(new BusyBlock(search.From + (interval * i), search.From + (interval * (i + 1))));
                }
            }
        }

        return blocks;
    }

    private async Task<T?> CallAsync<T>(Func<Task<T?>> call)
    {
        try
        {
            return await call();
        }
        catch (ODataError e)
        {
            LogRefused(_logger, e.ResponseStatusCode, e.Error?.Code);
            throw new GraphCallException(FailureOf(e.ResponseStatusCode), e.ResponseStatusCode, e);
        }
        catch (AggregateException e) when (e.InnerExceptions.LastOrDefault() is ApiException last)
        {
            // The retry handler gave up: the last answer says why.
            LogRefused(_logger, last.ResponseStatusCode, null);
            throw new GraphCallException(FailureOf(last.ResponseStatusCode), last.ResponseStatusCode, e);
        }
        catch (ApiException e)
        {
            LogRefused(_logger, e.ResponseStatusCode, null);
            throw new GraphCallException(FailureOf(e.ResponseStatusCode), e.ResponseStatusCode, e);
        }
        catch (Exception e) when (e is HttpRequestException or AuthenticationFailedException or CredentialUnavailableException ||
                                  e is TaskCanceledException { CancellationToken.IsCancellationRequested: false })
        {
            LogUnreachable(_logger, e);
            throw new GraphCallException(e is AuthenticationFailedException or CredentialUnavailableException ? GraphFailure.Forbidden : GraphFailure.Unavailable,
                null, e);
        }
    }

    private async Task CallAsync(Func<Task> call) => await CallAsync<bool>(async () =>
    {
        await call();
        return true;
    });

    private static GraphFailure FailureOf(int status) => status switch
    {
        (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden => GraphFailure.Forbidden,
        (int)HttpStatusCode.NotFound => GraphFailure.NotFound,
        (int)HttpStatusCode.TooManyRequests => GraphFailure.Throttled,
        >= 500 => GraphFailure.Unavailable,
        _ => GraphFailure.Failed,
    };

    /// <summary>
    /// App-only: a client secret when one is set, else the managed identity. In Development against a loopback Graph
    /// (a local stand-in) no token is fetched, as the connector does for the Playground.
    /// </summary>
    private static GraphServiceClient Create(GraphOptions options, IHostEnvironment environment, HttpClient http)
    {
        var baseUrl = options.BaseUrl.ToString().TrimEnd('/');
        if (environment.IsDevelopment() && options.BaseUrl.IsLoopback)
        {
            return new GraphServiceClient(http, new AnonymousAuthenticationProvider(), baseUrl);
        }

        TokenCredential credential = options.ClientSecret is { Length: > 0 } secret
            ? new ClientSecretCredential(options.TenantId, options.ClientId, secret)
            : new ManagedIdentityCredential(options.ClientId is { Length: > 0 } clientId
                ? ManagedIdentityId.FromUserAssignedClientId(clientId)
                : ManagedIdentityId.SystemAssigned);
        return new GraphServiceClient(http, credential, ["https://graph.microsoft.com/.default"], baseUrl);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph refused a meeting call with {Status} ({Code})")]
    private static partial void LogRefused(ILogger logger, int status, string? code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph could not be reached for a meeting call")]
    private static partial void LogUnreachable(ILogger logger, Exception exception);
}
