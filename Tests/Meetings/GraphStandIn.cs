namespace CoordinatorBot.Tests.Meetings;

/// <summary>
/// Microsoft Graph's calendar API on loopback, as its reference describes it: checks each request (method, path, JSON
/// body, the Prefer header on getSchedule, transactionId on a new event) and answers with the documented bodies —
/// 201 with the event and its Teams link, 200 for PATCH and getSchedule (error items inside the 200 for calendars it
/// cannot read), 202 for cancel — or with the failures a test queues (403, 404, 429 with Retry-After, 503). A request
/// that breaks the documented shape gets 400 and is listed in <see cref="Violations"/>. Every event carries its
/// iCalUId as Graph documents it ("a unique identifier for an event across calendars", different for each occurrence of
/// a series): Exchange's global object id in hex, whose occurrences hold their date where the series holds zeros.
/// </summary>
public sealed class GraphStandIn : IAsyncDisposable
{
    private readonly ConcurrentQueue<(int Status, string Code, TimeSpan? RetryAfter)> _canned = new();
    private readonly ConcurrentDictionary<string, JsonObject> _events = new(StringComparer.Ordinal);
    private LoopbackServer? _server;
    private int _next;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public ConcurrentQueue<string> Violations { get; } = new();

    /// <summary>The mailboxes that exist; any other user in a path is answered 404.</summary>
    public ConcurrentDictionary<string, byte> Mailboxes { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Busy blocks per address (UTC), answered as scheduleItems in the Prefer header's zone.</summary>
    public ConcurrentDictionary<string, List<(DateTimeOffset Start, DateTimeOffset End, string Status)>> Busy { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Domains of other tenants: their schedules come back as an error item inside the 200.</summary>
    public ConcurrentDictionary<string, byte> OtherTenants { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How the attendees answered, by address ("accepted", "tentativelyAccepted", "declined", "none").</summary>
    public ConcurrentDictionary<string, string> Answers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<JsonObject> Events => [.. _events.Values];

    public string BaseUrl => _server!.Address.ToString().TrimEnd('/') + "/v1.0";

    public static async Task<GraphStandIn> StartAsync(params string[] mailboxes)
    {
        var graph = new GraphStandIn();
        foreach (var mailbox in mailboxes)
        {
            graph.Mailboxes[mailbox] = 0;
        }

        graph._server = await LoopbackServer.StartAsync(app => app.Map("/{**path}", graph.HandleAsync));
        return graph;
    }

    /// <summary>The next request gets this failure, with Graph's error body (and Retry-After when given).</summary>
    public void Fail(int status, string code, TimeSpan? retryAfter = null) => _canned.Enqueue((status, code, retryAfter));

    public IReadOnlyList<RecordedRequest> Calls(string method, string pathEnd) =>
        [.. Requests.Where(r => r.Method == method && r.Path.EndsWith(pathEnd, StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? string.Empty);
        var request = await RecordedRequest.ReadAsync(context, path);
        Requests.Enqueue(request);
        var prefer = context.Request.Headers["Prefer"].ToString();

        if (_canned.TryDequeue(out var canned))
        {
            if (canned.RetryAfter is { } wait)
            {
                context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            }

            await ErrorAsync(context, canned.Status, canned.Code, "Canned failure.");
            return;
        }

        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts is not ["v1.0", "users", var user, ..])
        {
            await ErrorAsync(context, 400, "BadRequest", "Unsupported path.");
            return;
        }

        if (!Mailboxes.ContainsKey(user))
        {
            await ErrorAsync(context, 404, "ErrorInvalidUser", $"The requested user '{user}' is invalid.");
            return;
        }

        var json = string.IsNullOrEmpty(request.Body) ? null : JsonNode.Parse(request.Body) as JsonObject;
        switch (context.Request.Method, parts[3..])
        {
            case ("POST", ["events"]):
                await CreateAsync(context, json);
                break;
            case ("PATCH", ["events", var id]) when _events.TryGetValue(id, out var existing):
                await PatchAsync(context, existing, json);
                break;
            case ("POST", ["events", var id, "cancel"]) when _events.TryGetValue(id, out var existing):
                await CancelAsync(context, existing, json);
                break;
            case ("GET", ["events", var id, "instances"]) when _events.TryGetValue(id, out var master):
                await InstancesAsync(context, id, master);
                break;
            case ("GET", ["events", var id]) when _events.TryGetValue(id, out var existing):
                await context.Response.WriteAsJsonAsync(Answered(existing));
                break;
            case ("POST", ["calendar", "getSchedule"]):
                await ScheduleAsync(context, json, prefer);
                break;
            case (_, ["events", _, ..]):
                await ErrorAsync(context, 404, "ErrorItemNotFound", "The specified object was not found in the store.");
                break;
            default:
                await ErrorAsync(context, 400, "BadRequest", "Unsupported request.");
                break;
        }
    }

    private async Task CreateAsync(HttpContext context, JsonObject? json)
    {
        var problems = new List<string>();
        Require(problems, json?["subject"]?.GetValue<string>() is { Length: > 0 }, "subject");
        Require(problems, json?["body"]?["contentType"]?.GetValue<string>() is "html" or "HTML" or "text", "body.contentType");
        Require(problems, json?["body"]?["content"] is not null, "body.content");
        Require(problems, IsTime(json?["start"]) && IsTime(json?["end"]), "start/end as dateTimeTimeZone with a zone Graph knows");
        Require(problems, json?["isOnlineMeeting"]?.GetValue<bool>() is not true || json?["onlineMeetingProvider"]?.GetValue<string>() == "teamsForBusiness",
            "onlineMeetingProvider teamsForBusiness");
        Require(problems, json?["transactionId"]?.GetValue<string>() is { Length: > 0 }, "transactionId");
        Require(problems, json?["attendees"] is JsonArray attendees && attendees.All(a =>
            a?["emailAddress"]?["address"]?.GetValue<string>()?.Contains('@', StringComparison.Ordinal) == true &&
            a["type"]?.GetValue<string>() is "required" or "optional" or "resource"), "attendees[].emailAddress.address and type");
        if (json?["recurrence"] is JsonObject recurrence)
        {
            CheckRecurrence(problems, recurrence, json["start"]);
        }

        if (problems.Count > 0)
        {
            await RefuseAsync(context, "POST events", problems);
            return;
        }

        // The same transactionId again (a retried request) gets the event already made, never a second one.
        var transaction = json!["transactionId"]!.GetValue<string>();
        if (_events.Values.FirstOrDefault(e => e["transactionId"]?.GetValue<string>() == transaction) is { } made)
        {
            context.Response.StatusCode = 201;
            await context.Response.WriteAsJsonAsync(made);
            return;
        }

        var id = $"AAMkAGI1AAAt9AHj{Interlocked.Increment(ref _next)}AAA=";
        var created = (JsonObject)json.DeepClone();
        created["id"] = id;
        created["type"] = json["recurrence"] is JsonObject ? "seriesMaster" : "singleInstance";
        created["@odata.etag"] = "W/\"1\"";
        created["iCalUId"] = CalendarUid(null);
        created["onlineMeeting"] = json["isOnlineMeeting"]?.GetValue<bool>() == true
            ? new JsonObject { ["joinUrl"] = $"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{_next}%40thread.v2/0" }
            : null;
        _events[id] = created;
        context.Response.StatusCode = 201;
        await context.Response.WriteAsJsonAsync(created);
    }

    /// <summary>
    /// A recurrence as patternedRecurrence documents it, for the relativeMonthly pattern the wheel uses: type, interval
    /// 1–99, daysOfWeek, index first…last; a range of type endDate with startDate (the start's date) and endDate.
    /// </summary>
    private static void CheckRecurrence(List<string> problems, JsonObject recurrence, JsonNode? start)
    {
        var pattern = recurrence["pattern"];
        var range = recurrence["range"];
        Require(problems, pattern?["type"]?.GetValue<string>() == "relativeMonthly", "recurrence.pattern.type relativeMonthly");
        Require(problems, pattern?["interval"]?.GetValue<int>() is >= 1 and <= 99, "recurrence.pattern.interval 1-99");
        Require(problems, pattern?["daysOfWeek"] is JsonArray { Count: > 0 } days && days.All(d => Enum.TryParse<DayOfWeek>(d?.GetValue<string>(), true, out _) &&
            d!.GetValue<string>() == d.GetValue<string>().ToLowerInvariant()), "recurrence.pattern.daysOfWeek (lower case day names)");
        Require(problems, pattern?["index"]?.GetValue<string>() is null or "first" or "second" or "third" or "fourth" or "last", "recurrence.pattern.index");
        Require(problems, range?["type"]?.GetValue<string>() == "endDate", "recurrence.range.type endDate");
        var startDate = range?["startDate"]?.GetValue<string>();
        Require(problems, DateOnly.TryParseExact(startDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) &&
            start?["dateTime"]?.GetValue<string>()?.StartsWith(startDate!, StringComparison.Ordinal) == true, "recurrence.range.startDate the start's date");
        Require(problems, DateOnly.TryParseExact(range?["endDate"]?.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last) &&
            last >= first, "recurrence.range.endDate on or after startDate");
    }

    /// <summary>
    /// A series' occurrences in the window (startDateTime and endDateTime required): each an occurrence with its own id,
    /// on the nth weekday of every interval-th month, at the master's time of day in the master's zone, answered in UTC.
    /// </summary>
    private async Task InstancesAsync(HttpContext context, string masterId, JsonObject master)
    {
        var query = context.Request.Query;
        if (!DateTimeOffset.TryParse(query["startDateTime"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var from) ||
            !DateTimeOffset.TryParse(query["endDateTime"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var until) ||
            master["recurrence"] is not JsonObject recurrence)
        {
            await RefuseAsync(context, "GET instances", ["startDateTime and endDateTime of a series master"]);
            return;
        }

        var pattern = recurrence["pattern"]!;
        var interval = pattern["interval"]!.GetValue<int>();
        var day = Enum.Parse<DayOfWeek>(pattern["daysOfWeek"]![0]!.GetValue<string>(), true);
        var index = pattern["index"]?.GetValue<string>() ?? "first";
        var first = DateOnly.ParseExact(recurrence["range"]!["startDate"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var last = DateOnly.ParseExact(recurrence["range"]!["endDate"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var zoneName = master["start"]!["timeZone"]!.GetValue<string>();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneName);
        var startLocal = DateTime.Parse(master["start"]!["dateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var length = DateTime.Parse(master["end"]!["dateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture) - startLocal;
        var value = new JsonArray();
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(interval))
        {
            var candidates = Enumerable.Range(0, DateTime.DaysInMonth(month.Year, month.Month)).Select(month.AddDays).Where(d => d.DayOfWeek == day).ToList();
            var date = index switch { "second" => candidates[1], "third" => candidates[2], "fourth" => candidates[3], "last" => candidates[^1], _ => candidates[0] };
            var local = date.ToDateTime(TimeOnly.FromDateTime(startLocal));
            var instant = new DateTimeOffset(local, zone.GetUtcOffset(local));
            if (date < first || date > last || instant < from || instant >= until)
            {
                continue;
            }

            value.Add(new JsonObject
            {
                ["id"] = $"{masterId[..^4]}OCC{date:yyyyMMdd}AAA=", ["type"] = "occurrence", ["seriesMasterId"] = masterId,
                ["iCalUId"] = CalendarUid(master["iCalUId"]!.GetValue<string>(), date),
                // Without a Prefer: outlook.timezone header Graph answers in UTC.
                ["start"] = new JsonObject { ["dateTime"] = instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture), ["timeZone"] = "UTC" },
                ["end"] = new JsonObject { ["dateTime"] = (instant + length).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture), ["timeZone"] = "UTC" },
            });
        }

        foreach (var occurrence in value.OfType<JsonObject>())
        {
            _events.TryAdd(occurrence["id"]!.GetValue<string>(), (JsonObject)occurrence.DeepClone());
        }

        await context.Response.WriteAsJsonAsync(new JsonObject { ["value"] = value });
    }

    /// <summary>
    /// An iCalUId as Exchange makes them: the class id, then the occurrence's year, month and day (zeros for a single
    /// event or a series), then the creation time and a unique part; an occurrence keeps its series' unique part.
    /// </summary>
    private static string CalendarUid(string? series, DateOnly? occurrence = null)
    {
        const string ClassId = "040000008200E00074C5B7101A82E008";
        var day = occurrence is { } d ? $"{d.Year:X4}{d.Month:X2}{d.Day:X2}" : "00000000";
        var rest = series?[40..] ?? $"{DateTime.UtcNow.ToFileTimeUtc():X16}0000000000000000100000{Convert.ToHexString(Guid.NewGuid().ToByteArray())}";
        return $"{ClassId}{day}{rest}";
    }

    private async Task PatchAsync(HttpContext context, JsonObject existing, JsonObject? json)
    {
        if (!IsTime(json?["start"]) || !IsTime(json?["end"]))
        {
            await RefuseAsync(context, "PATCH events", ["start/end as dateTimeTimeZone"]);
            return;
        }

        existing["start"] = json!["start"]!.DeepClone();
        existing["end"] = json["end"]!.DeepClone();
        await context.Response.WriteAsJsonAsync(existing);
    }

    private async Task CancelAsync(HttpContext context, JsonObject existing, JsonObject? json)
    {
        if (Parameter(json, "comment") is not JsonValue)
        {
            await RefuseAsync(context, "POST cancel", ["comment"]);
            return;
        }

        existing["isCancelled"] = true;
        context.Response.StatusCode = 202;
    }

    private async Task ScheduleAsync(HttpContext context, JsonObject? json, string prefer)
    {
        var problems = new List<string>();
        var schedules = Parameter(json, "schedules") as JsonArray;
        Require(problems, schedules is { Count: > 0 and <= 20 }, "schedules: 1 to 20");
        Require(problems, IsTime(Parameter(json, "startTime")) && IsTime(Parameter(json, "endTime")), "startTime/endTime");
        Require(problems, Parameter(json, "availabilityViewInterval")?.GetValue<int>() is >= 5 and <= 1440, "availabilityViewInterval 5-1440");
        var zoneName = prefer.StartsWith("outlook.timezone=\"", StringComparison.Ordinal) ? prefer[18..^1] : null;
        Require(problems, zoneName is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out _), "Prefer: outlook.timezone=\"...\"");
        if (problems.Count > 0)
        {
            await RefuseAsync(context, "POST getSchedule", problems);
            return;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneName!);
        var value = new JsonArray();
        foreach (var address in schedules!.Select(s => s!.GetValue<string>()))
        {
            if (OtherTenants.ContainsKey(address.Split('@')[^1]))
            {
                value.Add(new JsonObject
                {
                    ["scheduleId"] = address,
                    ["error"] = new JsonObject
                    {
                        ["message"] = $"Cannot retrieve free/busy information for {address}: the mailbox is in another organization.",
                        ["responseCode"] = "ErrorFreeBusyGenerationFailed",
                    },
                });
                continue;
            }

            var items = new JsonArray();
            foreach (var (start, end, status) in Busy.TryGetValue(address, out var busy) ? busy : [])
            {
                items.Add(new JsonObject
                {
                    ["isPrivate"] = false, ["status"] = status, ["subject"] = "Optaget",
                    ["start"] = Local(start, zone, zoneName!), ["end"] = Local(end, zone, zoneName!),
                });
            }

            value.Add(new JsonObject
            {
                ["scheduleId"] = address,
                ["availabilityView"] = "000000",
                ["scheduleItems"] = items,
                ["workingHours"] = new JsonObject { ["startTime"] = "08:00:00.0000000", ["endTime"] = "17:00:00.0000000" },
            });
        }

        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)",
            ["value"] = value,
        });
    }

    /// <summary>
    /// An action's parameter. Graph matches an action's parameter names without regard to case, and the official SDK
    /// (6.10) sends them capitalised ("Schedules", "Comment"), so the stand-in reads them as Graph does.
    /// </summary>
    public static JsonNode? Parameter(JsonObject? json, string name) =>
        json?.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private JsonObject Answered(JsonObject existing)
    {
        var answered = (JsonObject)existing.DeepClone();
        foreach (var attendee in answered["attendees"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            var address = attendee["emailAddress"]?["address"]?.GetValue<string>() ?? string.Empty;
            attendee["status"] = new JsonObject
            {
                ["response"] = Answers.TryGetValue(address, out var answer) ? answer : "none",
                ["time"] = "0001-01-01T00:00:00Z",
            };
        }

        return answered;
    }

    private static JsonObject Local(DateTimeOffset instant, TimeZoneInfo zone, string zoneName) => new()
    {
        ["dateTime"] = TimeZoneInfo.ConvertTime(instant, zone).DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        ["timeZone"] = zoneName,
    };

    /// <summary>A dateTimeTimeZone whose zone Graph takes: a Windows name (Graph's own IANA list leaves Europe/Copenhagen out).</summary>
    private static bool IsTime(JsonNode? node) =>
        node?["dateTime"]?.GetValue<string>() is { } text && DateTime.TryParse(text, CultureInfo.InvariantCulture, out _) &&
        node["timeZone"]?.GetValue<string>() is { } zone && (zone == "UTC" || TimeZoneInfo.TryConvertWindowsIdToIanaId(zone, out _));

    private static void Require(List<string> problems, bool condition, string what)
    {
        if (!condition)
        {
            problems.Add(what);
        }
    }

    private async Task RefuseAsync(HttpContext context, string request, IReadOnlyList<string> problems)
    {
        Violations.Enqueue($"{request}: {string.Join(", ", problems)}");
        await ErrorAsync(context, 400, "ErrorInvalidRequest", string.Join(", ", problems));
    }

    private static async Task ErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code, ["message"] = message,
                ["innerError"] = new JsonObject { ["date"] = "2026-11-27T10:00:00", ["request-id"] = Guid.NewGuid().ToString() },
            },
        });
    }
}
