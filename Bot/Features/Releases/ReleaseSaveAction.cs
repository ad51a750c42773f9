using CoordinatorBot.Cards.Releases;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Input;
using CoordinatorBot.Domain.Releases;
using CoordinatorBot.Storage.Releases;

namespace CoordinatorBot.Bot.Features.Releases;

/// <summary>
/// Saves the coordinator's release: checked again on the server (a version however written once, a date not in the
/// future, the decisions the community has), inserted once (two saves at the same moment store one), then announced.
/// </summary>
public sealed class ReleaseSaveAction(ReleaseStore store, IDecisionReadings decisions, ReleaseAnnouncer announcer, TimeProvider time)
    : CommunityFormAction(CardVerbs.ReleaseSave, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var community = turn.Community;
        var now = time.GetUtcNow();
        var today = community.Clock.Today(now);
        var numbers = input.List(ReleaseForm.DecisionsInput, ',', ';', ' ', '\n')
            .Select(n => DecisionNumber.TryParse(n)?.ToString() ?? n).Distinct(StringComparer.Ordinal).ToList();
        var entry = new ReleaseEntry(input.Text(ReleaseForm.VersionInput), Date(input.Text(ReleaseForm.DateInput), today),
            input.Text(ReleaseForm.SummaryInput), input.Text(ReleaseForm.NotesInput), numbers);
        var known = numbers.Count == 0
            ? new HashSet<string>(StringComparer.Ordinal)
            : (await decisions.ListAsync(community.Id, turn.CancellationToken)).Select(d => d.Number.ToString()).ToHashSet(StringComparer.Ordinal);
        var existing = await store.ListAsync(community.Id, turn.CancellationToken);
        var problems = entry.Validate(existing, known, today);
        if (problems.Count > 0)
        {
            return Reply.WithCard(ReleaseForm.Compose(turn.Texts, today, entry, problems));
        }

        var release = new Release
        {
            Version = ReleaseVersion.TryParse(entry.Version)!.Text,
            Date = entry.Date!.Value,
            Summary = entry.Summary!.Trim(),
            Notes = entry.Notes?.Trim() ?? string.Empty,
            Decisions = numbers,
            Source = ReleaseSource.Coordinator,
            EnteredById = turn.ActorId,
            EnteredByName = turn.ActorName,
            RecordedAt = now,
        };

        // The insert decides: a version stored meanwhile (GitHub's read, a second press) is refused as taken.
        if (!await store.AddAsync(community.Id, release, turn.CancellationToken))
        {
            return Reply.WithCard(ReleaseForm.Compose(turn.Texts, today, entry, [ReleaseProblem.VersionTaken]));
        }

        await announcer.AnnounceAsync(community, release, turn.CancellationToken);
        return Reply.WithText(turn.Texts.ReleaseSaved(release.Version));
    }

    /// <summary>The date input's ISO value, or a Danish date typed by hand ("3. december 2026").</summary>
    private static DateOnly? Date(string? text, DateOnly today) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : DanishDate.TryParse(text, today);
}
