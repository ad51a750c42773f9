using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Meetings;
using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Domain.People;
using CoordinatorBot.Domain.Status;
using CoordinatorBot.Domain.Priorities;
using CoordinatorBot.Storage.Decisions;
using CoordinatorBot.Storage.Status;
using CoordinatorBot.Storage.Dialogs;

namespace CoordinatorBot.Storage.People;

/// <summary>
/// Puts a person's rows (as <see cref="PersonalDataStore.FindAsync"/> found them, others already replaced) into facts
/// a person can read: their roles, votes with the decision's number and title, proposals, wishes and support, ticks,
/// meetings, reports and settings. Storage knows its rows' shapes, so this is read here; the words are the Cards'. A row
/// it cannot put in words is counted under its table, and the JSON beside the summary holds it whole.
/// </summary>
public sealed class PersonalDataReader(StorageTables tables)
{
    public async Task<IReadOnlyList<PersonalEntry>> ReadAsync(string aadObjectId, IReadOnlyList<PersonalRow> rows, CancellationToken cancellationToken)
    {
        var person = Person.Of(aadObjectId, rows);
        var entries = new List<PersonalEntry>();
        var unread = new Dictionary<string, int>(StringComparer.Ordinal);
        var titles = new Dictionary<(string, string), string?>();
        var messages = new int[3];
        foreach (var row in rows)
        {
            var partition = row.StoredPartitionKey ?? row.PartitionKey;
            var community = row.Table is TableNames.PersonalConversations or TableNames.Outbox or TableNames.JobRuns
                ? null : TableKey.Unescape(partition);
            IReadOnlyList<PersonalEntry> read;
            try
            {
                read = row.Table switch
                {
                    TableNames.Members => Members(row, community, person),
                    TableNames.Decisions => await DecisionsAsync(row, community, person, titles, cancellationToken),
                    TableNames.Backlog => await BacklogAsync(row, community, person, titles, cancellationToken),
                    TableNames.Onboardings => Onboardings(row, community, person),
                    TableNames.Meetings => Meetings(row, community, person),
                    TableNames.StatusReports => Reports(row, community, person),
                    TableNames.Communities => Communities(row, community, person),
                    TableNames.PersonalConversations => Conversation(row),
                    TableNames.Tasks when row.RowKey.StartsWith("n|", StringComparison.Ordinal) => [Nudges(row, community)],
                    TableNames.Greetings => [new(PersonalTopic.Settings, PersonalFact.Greeted, community, row.Timestamp, [])],
                    TableNames.Guides when row.RowKey.StartsWith("c|", StringComparison.Ordinal) =>
                        [new(PersonalTopic.Settings, PersonalFact.CaseConsent, community, row.Timestamp, [])],
                    TableNames.Dialogs => Dialog(row, community, person),
                    _ => [],
                };
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or NotSupportedException)
            {
                read = [];
            }

            if (row.Table == TableNames.Outbox)
            {
                var status = Text(row, "Status");
                messages[status == "Sent" ? 0 : status == "Failed" ? 2 : 1]++;
                continue;
            }

            if (ReferenceEquals(read, Skip))
            {
                continue;
            }

            if (read.Count == 0)
            {
                unread[row.Table] = unread.GetValueOrDefault(row.Table) + 1;
            }

            entries.AddRange(read);
        }

        if (messages.Sum() > 0)
        {
            entries.Add(new PersonalEntry(PersonalTopic.Messages, PersonalFact.Messages, null, null, [messages[0], messages[1], messages[2]]));
        }

        entries.AddRange(unread.Select(u => new PersonalEntry(PersonalTopic.Other, PersonalFact.OtherRows, null, null, [u.Key, u.Value])));
        return entries;
    }

    private static IReadOnlyList<PersonalEntry> Members(PersonalRow row, string? community, Person person)
    {
        if (row.RowKey.StartsWith("%h|", StringComparison.Ordinal))
        {
            if (!Enum.TryParse<Role>(Text(row, "Role"), out var role))
            {
                return [];
            }

            var at = Instant(row, "At");
            var granted = Text(row, "Change") == nameof(RoleHistoryChange.Granted);
            if (Text(row, "AadObjectId") is { } id && person.Ids.Contains(id))
            {
                return [new(PersonalTopic.Roles, granted ? PersonalFact.RoleGranted : PersonalFact.RoleEnded, community, at,
                    [role, Municipal(Text(row, "Organisation"), role), Text(row, "ByName") is { } by && by != PersonalDataStore.OtherPersonName ? by : null])];
            }

            return person.Named(Text(row, "ByName")) ? [new(PersonalTopic.Roles, PersonalFact.RoleChangedForOther, community, at, [role, granted])] : [];
        }

        IReadOnlyList<Role> roles = [.. (Text(row, "Roles") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(r => Enum.TryParse<Role>(r, out var parsed) ? parsed : (Role?)null).OfType<Role>().Order()];
        return roles.Count == 0 ? [] : [new(PersonalTopic.Roles, PersonalFact.RolesHeld, community, null,
            [roles, Text(row, "Municipality") is { } m ? Municipalities.OfficialName(m) : null, Text(row, "Supplier")])];
    }

    private async Task<IReadOnlyList<PersonalEntry>> DecisionsAsync(PersonalRow row, string? community, Person person,
        Dictionary<(string, string), string?> titles, CancellationToken cancellationToken)
    {
        if (Text(row, "Json") is not { } json)
        {
            return [];
        }

        switch (Text(row, "Kind"))
        {
            case DecisionRowEntity.DecisionKind:
                var decision = RecordJson.Read<Decision>(json);
                titles[(row.StoredPartitionKey ?? row.PartitionKey, row.RowKey)] = decision.Draft.Title;
                var entries = new List<PersonalEntry>();
                if (person.Ids.Contains(decision.ProposerId) || person.Named(decision.ProposerName))
                {
                    entries.Add(new(PersonalTopic.Proposals, PersonalFact.Proposed, community, decision.ProposedAt,
                        [decision.Number, decision.Draft.Title, decision.Status]));
                }

                if (person.Named(decision.ClosedByName) && decision.ClosedAt is { } closed)
                {
                    entries.Add(new(PersonalTopic.Proposals, PersonalFact.DecisionAction, community, closed,
                        [decision.Number, decision.Draft.Title, AuditAction.Closed, decision.Status.ToString()]));
                }

                return entries;
            case DecisionRowEntity.VoteKind:
                var vote = RecordJson.Read<Vote>(json);
                var key = row.RowKey[..Math.Max(0, row.RowKey.IndexOf("|v|", StringComparison.Ordinal))];
                var (number, title) = await DecisionAsync(row.StoredPartitionKey ?? row.PartitionKey, key, titles, cancellationToken);
                var earlier = row.Properties.GetValueOrDefault(VoteRow.EarlierCount) is int count ? count : 0;
                return [new(PersonalTopic.Votes, PersonalFact.Vote, community, vote.CastAt, [number, title, vote.Choice, vote.Comment, earlier])];
            case DecisionRowEntity.AuditKind:
                var entry = RecordJson.Read<AuditEntry>(json);
                if (entry.Action is AuditAction.Voted or AuditAction.VoteChanged or AuditAction.Proposed || !person.Named(entry.ActorName))
                {
                    // A vote and a proposal stand above with their decision: the history's copy says nothing more.
                    return Skip;
                }

                var auditKey = row.RowKey[..Math.Max(0, row.RowKey.IndexOf("|w|", StringComparison.Ordinal))];
                var (_, auditTitle) = await DecisionAsync(row.StoredPartitionKey ?? row.PartitionKey, auditKey, titles, cancellationToken);
                return [new(PersonalTopic.Proposals, PersonalFact.DecisionAction, community, entry.At, [entry.Decision, auditTitle, entry.Action, entry.Detail])];
            default:
                return [];
        }
    }

    // A row that is known and deliberately left out: it is neither put in words nor counted as unread.
    private static readonly IReadOnlyList<PersonalEntry> Skip = new System.Collections.ObjectModel.ReadOnlyCollection<PersonalEntry>([]);

    /// <summary>The decision's number and title, read once per decision (the person's rows may not hold the record).</summary>
    private async Task<(DecisionNumber? Number, string? Title)> DecisionAsync(string partition, string key,
        Dictionary<(string, string), string?> titles, CancellationToken cancellationToken)
    {
        var row = await tables[TableNames.Decisions].GetEntityIfExistsAsync<TableEntity>(partition, key, cancellationToken: cancellationToken);
        if (row.HasValue && row.Value!.GetString("Json") is { } json)
        {
            var decision = RecordJson.Read<Decision>(json);
            titles[(partition, key)] = decision.Draft.Title;
            return (decision.Number, decision.Draft.Title);
        }

        return (null, null);
    }

    private async Task<IReadOnlyList<PersonalEntry>> BacklogAsync(PersonalRow row, string? community, Person person,
        Dictionary<(string, string), string?> titles, CancellationToken cancellationToken)
    {
        if (Text(row, "Json") is not { } json)
        {
            return [];
        }

        if (row.RowKey.StartsWith("w|", StringComparison.Ordinal))
        {
            var wish = RecordJson.Read<Wish>(json);
            return person.Ids.Contains(wish.RaisedById) || person.Named(wish.RaisedByName)
                ? [new(PersonalTopic.Wishes, PersonalFact.WishRaised, community, wish.RaisedAt, [wish.Number, wish.Title, Municipalities.OfficialName(wish.Municipality)])]
                : [];
        }

        if (row.RowKey.StartsWith("s|", StringComparison.Ordinal))
        {
            var support = RecordJson.Read<WishSupport>(json);
            var key = $"w|{support.WishNumber:000000}";
            var partition = row.StoredPartitionKey ?? row.PartitionKey;
            if (!titles.TryGetValue((partition, key), out var title))
            {
                var wishRow = await tables[TableNames.Backlog].GetEntityIfExistsAsync<TableEntity>(partition, key, cancellationToken: cancellationToken);
                titles[(partition, key)] = title = wishRow.HasValue && wishRow.Value!.GetString("Json") is { } wishJson
                    ? RecordJson.Read<Wish>(wishJson).Title : null;
            }

            return [new(PersonalTopic.Supports, PersonalFact.Supported, community, support.At,
                [support.WishNumber, title, Municipalities.OfficialName(support.Municipality), support.OnBehalf])];
        }

        if (row.RowKey.StartsWith("i|", StringComparison.Ordinal))
        {
            var item = RecordJson.Read<BacklogItem>(json);
            return [.. item.History.Where(h => person.Named(h.ByName)).Select(h => new PersonalEntry(PersonalTopic.Backlog, PersonalFact.ItemChanged,
                community, h.At, [item.Number, item.Title, h.Kind, h.Status, h.Detail]))];
        }

        return [];
    }

    private static IReadOnlyList<PersonalEntry> Onboardings(PersonalRow row, string? community, Person person)
    {
        if (!row.RowKey.StartsWith("o|", StringComparison.Ordinal) || Text(row, "Json") is not { } json)
        {
            return [];
        }

        var onboarding = RecordJson.Read<Domain.Onboarding.Onboarding>(json);
        var municipality = Municipalities.OfficialName(onboarding.Details.Municipality);
        var entries = new List<PersonalEntry>();
        if (person.Named(onboarding.CreatedByName))
        {
            entries.Add(new(PersonalTopic.Onboarding, PersonalFact.OnboardingStarted, community, onboarding.CreatedAt, [municipality]));
        }

        foreach (var (contact, technical) in new[] { (onboarding.Details.ProfessionalContact, false), (onboarding.Details.TechnicalContact, true) })
        {
            if ((contact.AadObjectId is { } id && person.Ids.Contains(id)) || person.Named(contact.Name) || (contact.Email is { } mail && person.Ids.Contains(mail)))
            {
                entries.Add(new(PersonalTopic.Onboarding, PersonalFact.OnboardingContact, community, onboarding.CreatedAt, [municipality, technical]));
            }
        }

        entries.AddRange(onboarding.Steps.Where(s => person.Named(s.DoneByName)).Select(s =>
            new PersonalEntry(PersonalTopic.Onboarding, PersonalFact.StepTicked, community, s.DoneAt, [municipality, s.DefaultKey, s.Title])));
        return entries;
    }

    private static IReadOnlyList<PersonalEntry> Meetings(PersonalRow row, string? community, Person person)
    {
        if (Text(row, "Json") is not { } json)
        {
            return [];
        }

        if (row.RowKey.StartsWith("m|", StringComparison.Ordinal))
        {
            var meeting = RecordJson.Read<Meeting>(json);
            if (person.Ids.Contains(meeting.CreatedById))
            {
                return [new(PersonalTopic.Meetings, PersonalFact.MeetingPlanned, community, meeting.CreatedAt, [meeting.Title, meeting.Kind, meeting.Start])];
            }

            return meeting.Attendees.Any(a => (a.AadObjectId is { } id && person.Ids.Contains(id)) || (a.Email is { } mail && person.Ids.Contains(mail)))
                ? [new(PersonalTopic.Meetings, PersonalFact.MeetingInvited, community, meeting.Start, [meeting.Title, meeting.Kind, meeting.Start])]
                : [];
        }

        if (row.RowKey.StartsWith("p|", StringComparison.Ordinal) && row.RowKey.Contains("|r|", StringComparison.Ordinal))
        {
            var response = RecordJson.Read<PollResponse>(json);
            return [new(PersonalTopic.Meetings, PersonalFact.PollAnswered, community, response.AnsweredAt, [response.Answers.Count(a => a is not null)])];
        }

        return [];
    }

    private static IReadOnlyList<PersonalEntry> Reports(PersonalRow row, string? community, Person person)
    {
        if (Text(row, "Json") is not { } json)
        {
            return [];
        }

        if (row.RowKey == "governance")
        {
            // Before layout 6 the marks were kept in this row.
            var report = RecordJson.Read<GovernanceReportRow>(json);
            return [.. (report.History ?? []).Where(h => person.Named(h.ByName))
                .Select(h => new PersonalEntry(PersonalTopic.Reports, PersonalFact.GovernanceMarked, community, h.At, [h.ItemId, h.Mark]))];
        }

        // Each mark ever set: in layout 6 "g|…", from layout 7 "gh|…" (an item's row "gi|…" repeats its latest).
        if (row.RowKey.StartsWith("g|", StringComparison.Ordinal) || row.RowKey.StartsWith("gh|", StringComparison.Ordinal))
        {
            var mark = RecordJson.Read<GovernanceEntry>(json);
            return person.Named(mark.ByName)
                ? [new(PersonalTopic.Reports, PersonalFact.GovernanceMarked, community, mark.At, [mark.ItemId, mark.Mark])]
                : [];
        }

        var status = RecordJson.Read<StatusReport>(json);
        return status.Number is { } number && person.Named(status.PublishedByName)
            ? [new(PersonalTopic.Reports, PersonalFact.ReportPublished, community, status.PublishedAt, [number])]
            : [];
    }

    private static IReadOnlyList<PersonalEntry> Communities(PersonalRow row, string? community, Person person)
    {
        var entries = new List<PersonalEntry>();
        if (Text(row, "InstalledBy") is { } installer && person.Ids.Contains(installer))
        {
            entries.Add(new(PersonalTopic.Roles, PersonalFact.BotAdded, community, Instant(row, "CreatedAt"), []));
        }

        if (Text(row, "SetUpBy") is { } setUp && person.Ids.Contains(setUp))
        {
            entries.Add(new(PersonalTopic.Roles, PersonalFact.SetupSaved, community, Instant(row, "SetUpAt"), []));
        }

        return entries;
    }

    private static IReadOnlyList<PersonalEntry> Conversation(PersonalRow row)
    {
        var entries = new List<PersonalEntry> { new(PersonalTopic.Settings, PersonalFact.PersonalChat, null, row.Timestamp, [row.Properties.GetValueOrDefault("IsActive") is true]) };
        if (Text(row, "ChosenLanguage") is { } language)
        {
            entries.Add(new(PersonalTopic.Settings, PersonalFact.LanguageChosen, null, null, [language]));
        }

        if (Text(row, "Locale") is { } locale)
        {
            entries.Add(new(PersonalTopic.Settings, PersonalFact.TeamsLocale, null, null, [locale]));
        }

        if (Text(row, "CurrentCommunity") is { } current)
        {
            entries.Add(new(PersonalTopic.Settings, PersonalFact.CurrentCommunity, current, null, []));
        }

        return entries;
    }

    private static PersonalEntry Nudges(PersonalRow row, string? community)
    {
        var preference = Text(row, "Json") is { } json ? RecordJson.Read<NudgePreference>(json) : new NudgePreference();
        return new(PersonalTopic.Settings, PersonalFact.Nudges, community, null, [preference.Paused, preference.AwayUntil, preference.OptedOut]);
    }

    private static IReadOnlyList<PersonalEntry> Dialog(PersonalRow row, string? community, Person person)
    {
        if (Text(row, "Json") is not { } json)
        {
            return [];
        }

        var dialog = RecordJson.Read<DialogState>(json);
        return [new(PersonalTopic.Settings, PersonalFact.DialogOpen, dialog.CommunityId ?? community, dialog.StartedAt,
            [dialog.DialogId, person.Ids.Contains(TableKey.Unescape(row.RowKey)) || person.Ids.Contains(row.RowKey)])];
    }

    private static string? Municipal(string? organisation, Role role) =>
        role == Role.Municipality && organisation is not null ? Municipalities.OfficialName(organisation) : organisation;

    private static string? Text(PersonalRow row, string key) => row.Properties.GetValueOrDefault(key) as string is { Length: > 0 } text ? text : null;

    private static DateTimeOffset? Instant(PersonalRow row, string key) => row.Properties.GetValueOrDefault(key) switch
    {
        DateTimeOffset at => at,
        DateTime at => new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)),
        _ => null,
    };

    /// <summary>The person's ids (object id, Teams ids, the address kept beside them) and names, as their own rows say.</summary>
    private sealed record Person(HashSet<string> Ids, HashSet<string> Names)
    {
        public bool Named(string? name) => name is { Length: > 0 } && Names.Contains(name);

        public static Person Of(string aadObjectId, IReadOnlyList<PersonalRow> rows)
        {
            var person = new Person(new HashSet<string>(StringComparer.Ordinal) { aadObjectId, TableKey.Escape(aadObjectId) },
                new HashSet<string>(StringComparer.Ordinal));
            foreach (var row in rows.Where(r => r.Table is TableNames.Members or TableNames.PersonalConversations))
            {
                if (Text(row, "AadObjectId") != aadObjectId)
                {
                    continue;
                }

                foreach (var key in new[] { "TeamsUserId", "UserId" })
                {
                    if (Text(row, key) is { } id)
                    {
                        person.Ids.Add(id);
                    }
                }

                if (Text(row, "Name") is { } name && name != PersonalDataStore.OtherPersonName)
                {
                    person.Names.Add(name);
                }
            }

            return person;
        }
    }
}
