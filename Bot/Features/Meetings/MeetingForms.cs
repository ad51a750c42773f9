using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CoordinatorBot.Cards.Meetings;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Input;
using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>The meeting form: composed with the team's people to pick from, and read back into a draft with the Danish parsers.</summary>
public sealed partial class MeetingForms(TeamRoster roster, MeetingGraph graph, TimeProvider time)
{
    private static readonly string[] Fields =
    [
        MeetingForm.KindInput, MeetingForm.TitleInput, MeetingForm.DateInput, MeetingForm.StartInput, MeetingForm.DurationInput,
        MeetingForm.BodiesInput, MeetingForm.MembersInput, MeetingForm.ExternalInput, MeetingForm.AgendaInput, MeetingForm.PlaceInput,
        MeetingForm.RepeatInput,
    ];

    /// <summary>A new form's id: the meeting's id once booked (a date, so ids sort, and randomness, so they cannot be guessed).</summary>
    public string NewFormKey() =>
        $"{time.GetUtcNow():yyyyMMdd}-{RandomNumberGenerator.GetHexString(10, lowercase: true)}";

    /// <summary>A form key as this bot makes them; anything else (an edited card) is refused.</summary>
    public static bool IsFormKey(string? key) => key is not null && FormKey().IsMatch(key);

    public async Task<Cards.Model.AdaptiveCard> ComposeAsync(CommunityTurn turn, string formKey, MeetingForm.Entered? entered = null,
        IReadOnlyCollection<MeetingProblem>? problems = null, MeetingForm.Suggestions? suggestions = null, Notice? notice = null)
    {
        var community = turn.Community;
        var people = (await roster.GetAsync(community, turn.CancellationToken))
            .OrderBy(p => p.Name, StringComparer.Create(turn.Texts.Culture, true))
            .Select(p => (p.Name, p.AadObjectId)).ToList();
        var today = community.Clock.Today(time.GetUtcNow());
        var tomorrow = SlotSearch.NextOfficeDays(today, 1)[0];
        return MeetingForm.Compose(turn.Texts, formKey, turn.Texts.TimeZoneName(community.TimeZoneId), people,
            tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), entered, problems, suggestions, community.Clock.Zone, notice,
            today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), calendars: graph.OrganizerOf(community) is not null);
    }

    public static MeetingForm.Entered Entered(CardInput input) => new(Fields.ToDictionary(f => f, input.Text));

    /// <summary>The draft as entered; fields that cannot be read stay empty and show up in its validation.</summary>
    public MeetingDraft Read(CommunityTurn turn, CardInput input)
    {
        var today = turn.Community.Clock.Today(time.GetUtcNow());
        var kind = Enum.TryParse<MeetingKind>(input.Text(MeetingForm.KindInput), out var k) && Enum.IsDefined(k) ? k : MeetingKind.Other;
        var hours = DanishNumber.TryParse(input.Text(MeetingForm.DurationInput)) ?? 0m;
        var (external, invalid) = ExternalAddresses.Parse(input.Text(MeetingForm.ExternalInput));
        var invitees = new MeetingInvitees(
            [.. Values(input.Text(MeetingForm.BodiesInput)).Select(b => Enum.TryParse<DecidingBody>(b, out var body) && Enum.IsDefined(body) ? body : (DecidingBody?)null)
                .OfType<DecidingBody>().Distinct()],
            [.. Values(input.Text(MeetingForm.MembersInput)).Distinct(StringComparer.Ordinal)],
            external);
        return new MeetingDraft(
            kind,
            input.Text(MeetingForm.TitleInput) ?? string.Empty,
            DanishDate.TryParse(input.Text(MeetingForm.DateInput), today),
            DanishTime.TryParse(input.Text(MeetingForm.StartInput)),
            TimeSpan.FromMinutes((double)Math.Round(Math.Clamp(hours, -1000m, 1000m) * 60m)),
            invitees,
            MeetingDraft.AgendaFrom(input.Text(MeetingForm.AgendaInput)),
            input.Text(MeetingForm.PlaceInput),
            invalid,
            int.TryParse(input.Text(MeetingForm.RepeatInput), NumberStyles.None, CultureInfo.InvariantCulture, out var repeat) &&
            MeetingRecurrence.Intervals.Contains(repeat) ? repeat : 0);
    }

    /// <summary>A multi-select's values: comma-separated.</summary>
    private static IEnumerable<string> Values(string? text) =>
        (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex("^[0-9]{8}-[0-9a-f]{10}$")]
    private static partial Regex FormKey();
}
