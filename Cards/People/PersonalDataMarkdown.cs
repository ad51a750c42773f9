using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Meetings;
using CoordinatorBot.Domain.People;
using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Cards.People;

/// <summary>
/// The readable half of "mine data" (GDPR art. 12 and 15: concise and intelligible): what the bot holds about the
/// person, grouped by what it is — roles, votes, proposals, wishes, support, ticks, meetings, reports, settings — each
/// a sentence in the person's language with its community and its time on the community's clock, without storage keys,
/// JSON or stored enum names. Nothing is cut short: the JSON beside it holds every row whole. Every stored value is made
/// inert.
/// </summary>
public static class PersonalDataMarkdown
{
    /// <param name="communities">The communities' names by id, to say which one each fact belongs to.</param>
    public static string Compose(Texts texts, DateTimeOffset generatedAt, TimeZoneInfo zone, IReadOnlyList<PersonalEntry> entries,
        IReadOnlyDictionary<string, string> communities)
    {
        var builder = new StringBuilder();
        builder.Append("# ").AppendLine(texts.PersonalDataSummaryTitle).AppendLine();
        builder.AppendLine(texts.PersonalDataSummaryIntro(texts.DateTime(generatedAt, zone))).AppendLine();
        if (entries.Count == 0)
        {
            builder.AppendLine(texts.PersonalDataSummaryNothing);
            return builder.ToString();
        }

        foreach (var topic in entries.GroupBy(e => e.Topic).OrderBy(g => g.Key))
        {
            builder.Append("## ").AppendLine(texts.PersonalTopicName(topic.Key)).AppendLine();
            foreach (var entry in topic.OrderBy(e => e.Community is null ? string.Empty : Name(e.Community, communities), StringComparer.Create(texts.Culture, true))
                         .ThenBy(e => e.At ?? DateTimeOffset.MinValue))
            {
                var where = string.Join(" · ", new[]
                {
                    entry.At is { } at ? texts.DateTime(at, zone) : null,
                    entry.Community is { } community ? Name(community, communities) : null,
                }.OfType<string>());
                builder.Append("- ");
                if (where.Length > 0)
                {
                    builder.Append(MarkdownText.Inline(where)).Append(": ");
                }

                builder.AppendLine(MarkdownText.Inline(Sentence(texts, entry, zone)));
            }

            builder.AppendLine();
        }

        return builder.ToString();
    }

    private static string Name(string community, IReadOnlyDictionary<string, string> communities) =>
        communities.TryGetValue(community, out var name) ? name : community;

    /// <summary>The fact in a sentence; its arguments are as <see cref="PersonalFact"/> lists them.</summary>
    internal static string Sentence(Texts texts, PersonalEntry entry, TimeZoneInfo zone)
    {
        var a = entry.Args;
        T Arg<T>(int i) => (T)a[i]!;
        string? Text(int i) => a[i] as string;
        return entry.Fact switch
        {
            PersonalFact.RolesHeld => texts.PersonalFactRolesHeld(texts.JoinList(Arg<IReadOnlyList<Role>>(0).Select(r => Role(texts, r, Text(1), Text(2))))),
            PersonalFact.RoleGranted => texts.PersonalFactRoleGranted(Role(texts, Arg<Role>(0), Text(1), Text(1)), Text(2) ?? texts.PersonalFactSomeoneElse),
            PersonalFact.RoleEnded => texts.PersonalFactRoleEnded(Role(texts, Arg<Role>(0), Text(1), Text(1)), Text(2) ?? texts.PersonalFactSomeoneElse),
            PersonalFact.RoleChangedForOther => Arg<bool>(1)
                ? texts.PersonalFactRoleGivenToOther(texts.RoleName(Arg<Role>(0)))
                : texts.PersonalFactRoleEndedForOther(texts.RoleName(Arg<Role>(0))),
            PersonalFact.Vote => Vote(texts, a),
            PersonalFact.Proposed => texts.PersonalFactProposed(Decision(texts, a[0] as DecisionNumber, Text(1)), texts.StatusName(Arg<DecisionStatus>(2))),
            PersonalFact.DecisionAction => texts.PersonalFactDecisionAction(Decision(texts, a[0] as DecisionNumber, Text(1)),
                HistoryWords.AuditText(texts, new AuditEntry(a[0] as DecisionNumber ?? new DecisionNumber(0, 0), Arg<AuditAction>(2), string.Empty,
                    DateTimeOffset.MinValue, Text(3)))),
            PersonalFact.WishRaised => texts.PersonalFactWishRaised(Arg<int>(0), Text(1) ?? string.Empty, Text(2) ?? string.Empty),
            PersonalFact.Supported => Arg<bool>(3)
                ? texts.PersonalFactSupportedOnBehalf(Arg<int>(0), Text(1) ?? string.Empty, Text(2) ?? string.Empty)
                : texts.PersonalFactSupported(Arg<int>(0), Text(1) ?? string.Empty, Text(2) ?? string.Empty),
            PersonalFact.ItemChanged => texts.PersonalFactItemChanged(Arg<int>(0), Text(1) ?? string.Empty,
                HistoryWords.ChangeText(texts, new ItemChange(Arg<ItemChangeKind>(2), string.Empty, DateTimeOffset.MinValue, a[3] as ItemStatus?, Text(4)))),
            PersonalFact.OnboardingStarted => texts.PersonalFactOnboardingStarted(Text(0) ?? string.Empty),
            PersonalFact.StepTicked => texts.PersonalFactStepTicked(Text(0) ?? string.Empty, texts.StepTitle(Text(1), Text(2))),
            PersonalFact.OnboardingContact => Arg<bool>(1)
                ? texts.PersonalFactTechnicalContact(Text(0) ?? string.Empty)
                : texts.PersonalFactProfessionalContact(Text(0) ?? string.Empty),
            PersonalFact.MeetingPlanned => texts.PersonalFactMeetingPlanned(texts.MeetingKindName(Arg<MeetingKind>(1)).ToLower(texts.Culture), Text(0) ?? string.Empty,
                texts.DateTime(Arg<DateTimeOffset>(2), zone)),
            PersonalFact.MeetingInvited => texts.PersonalFactMeetingInvited(texts.MeetingKindName(Arg<MeetingKind>(1)).ToLower(texts.Culture), Text(0) ?? string.Empty,
                texts.DateTime(Arg<DateTimeOffset>(2), zone)),
            PersonalFact.PollAnswered => texts.PersonalFactPollAnswered,
            PersonalFact.ReportPublished => texts.PersonalFactReportPublished(Arg<StatusReportNumber>(0)),
            PersonalFact.GovernanceMarked => texts.PersonalFactGovernanceMarked(Text(0) ?? string.Empty, texts.GovernanceMarkName(Arg<GovernanceMark>(1))),
            PersonalFact.BotAdded => texts.PersonalFactBotAdded,
            PersonalFact.SetupSaved => texts.PersonalFactSetupSaved,
            PersonalFact.PersonalChat => Arg<bool>(0) ? texts.PersonalFactPersonalChat : texts.PersonalFactPersonalChatEnded,
            PersonalFact.LanguageChosen => texts.PersonalFactLanguageChosen(texts.LanguageName(Text(0) ?? "da").ToLower(texts.Culture)),
            PersonalFact.TeamsLocale => texts.PersonalFactTeamsLocale(Text(0) ?? string.Empty),
            PersonalFact.CurrentCommunity => texts.PersonalFactCurrentCommunity,
            PersonalFact.Nudges => Arg<bool>(2) ? texts.PersonalFactNudgesOff
                : Arg<bool>(0) ? texts.PersonalFactNudgesPaused
                : a[1] is DateOnly away ? texts.PersonalFactNudgesAway(texts.Day(away))
                : texts.PersonalFactNudgesOn,
            PersonalFact.Greeted => texts.PersonalFactGreeted,
            PersonalFact.CaseConsent => texts.PersonalFactCaseConsent,
            PersonalFact.DialogOpen => Arg<bool>(1)
                ? texts.PersonalFactDialogOwn(DialogName(texts, Text(0)))
                : texts.PersonalFactDialogOther(DialogName(texts, Text(0))),
            PersonalFact.Messages => texts.PersonalFactMessages(texts.Number(Arg<int>(0)), texts.Number(Arg<int>(1)), texts.Number(Arg<int>(2))),
            _ => texts.PersonalFactOtherRows(texts.PersonalDataTableName(Text(0) ?? string.Empty), texts.Count(Arg<int>(1), Unit.Entry)),
        };
    }

    private static string Vote(Texts texts, IReadOnlyList<object?> a)
    {
        var parts = new List<string> { texts.PersonalFactVote(texts.VoteName((VoteChoice)a[2]!), Decision(texts, a[0] as DecisionNumber, a[1] as string)) };
        if (a[3] is string { Length: > 0 } comment)
        {
            parts.Add(texts.PersonalFactVoteComment(comment));
        }

        if (a[4] is int earlier and > 0)
        {
            parts.Add(texts.PersonalFactVoteChanged(texts.Count(earlier, Unit.Occasion)));
        }

        return string.Join(' ', parts);
    }

    private static string Decision(Texts texts, DecisionNumber? number, string? title) =>
        number is null ? texts.PersonalFactDecisionUnknown : texts.PersonalFactDecision(number, title ?? string.Empty);

    private static string Role(Texts texts, Role role, string? municipality, string? supplier) => role switch
    {
        Domain.Communities.Role.Municipality when municipality is not null => texts.RoleName(role, municipality),
        Domain.Communities.Role.Supplier when supplier is not null => texts.RoleSupplierOf(supplier),
        _ => texts.RoleName(role),
    };

    // A dialog by the command that starts it ("onboarding ny"), never by its stored id ("onboarding.new"): its feature's "new".
    private static string DialogName(Texts texts, string? dialogId) =>
        (dialogId ?? string.Empty).Split('.')[0] is { Length: > 0 } feature && $"{char.ToUpperInvariant(feature[0])}{feature[1..]}New" is var command
        && DialogCommands.Contains(command)
            ? texts.Quote(texts.CommandWords(command)[0])
            : texts.PersonalFactDialogUnknown;

    private static readonly HashSet<string> DialogCommands = new(StringComparer.Ordinal) { CommandIds.OnboardingNew };
}
