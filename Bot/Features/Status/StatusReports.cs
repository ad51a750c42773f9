using CoordinatorBot.Cards.Status;
using CoordinatorBot.Domain.Status;
using CoordinatorBot.Storage.Status;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>
/// Composes status reports from what the other features publish for reading (their contracts in Communities), keeps
/// the coordinator's draft, publishes it under its number and posts it in the channel.
/// </summary>
public sealed partial class StatusReports(StatusStore store, IDecisionReadings decisions, IBacklogReadings backlog, IOnboardingReadings onboardings,
    IMeetingReadings meetings, ICoordinatorTasks tasks, ISurveyReadings surveys, IReleaseReadings releases, ChartLinks links, CommunitySender sender, TimeProvider time, ILogger<StatusReports> logger)
{
    /// <summary>A new draft for the default period (since the last report), kept as the coordinator's draft.</summary>
    public async Task<StatusReport> ComposeDraftAsync(Community community, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var published = await store.ListAsync(community.Id, cancellationToken);
        var (from, to) = StatusComposition.DefaultPeriod(published.LastOrDefault(), community.Clock.Today(now), StatusComposition.Started(community));
        var inputs = await InputsAsync(community, now, cancellationToken);
        var draft = StatusComposition.Compose(inputs, from, to, now) with
        {
            Surveys = [.. (await surveys.ForStatusReportAsync(community.Id, from, to, cancellationToken)).Select(SurveyLines.Of)],
            Releases = ReleaseLines.Of(await releases.ListAsync(community.Id, cancellationToken), inputs.Items, from, to),
        };

        // A mark already written for the same period is kept: composing again refreshes the numbers, not the judgement.
        if (await store.DraftAsync(community.Id, cancellationToken) is { } previous && previous.From == from)
        {
            draft = draft with { Mark = previous.Mark, MarkWhy = previous.MarkWhy, AreaNotes = previous.AreaNotes };
        }

        await store.SaveDraftAsync(community.Id, draft, cancellationToken);
        return draft;
    }

    public async Task<StatusInputs> InputsAsync(Community community, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var snapshot = await backlog.LoadAsync(community.Id, cancellationToken);
        return new StatusInputs(community,
            await decisions.ListAsync(community.Id, cancellationToken),
            snapshot.Items, snapshot.Wishes, snapshot.Supports,
            await onboardings.ListAsync(community.Id, cancellationToken),
            await meetings.ListAsync(community.Id, cancellationToken),
            await tasks.ListAsync(community.Id, community.Clock.Today(now), cancellationToken));
    }

    /// <summary>Keeps the coordinator's mark and lines on the draft; null when there is no draft.</summary>
    public Task<StatusReport?> MarkAsync(Community community, StatusMark? mark, string? why, IReadOnlyDictionary<StatusArea, string> notes,
        CancellationToken cancellationToken) =>
        store.UpdateDraftAsync(community.Id, draft => draft with { Mark = mark, MarkWhy = why, AreaNotes = notes }, cancellationToken);

    /// <summary>
    /// Publishes the draft under the year's next number, stores it unchanged and posts it in the channel; null when
    /// the draft was taken by another press at the same moment (it is published once).
    /// </summary>
    public async Task<StatusReport?> PublishAsync(Community community, string byName, CancellationToken cancellationToken)
    {
        if (await store.TakeDraftAsync(community.Id, cancellationToken) is not { } draft)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var published = await store.PublishAsync(community.Id, draft with { PublishedAt = now, PublishedByName = byName },
            community.Clock.Today(now).Year, cancellationToken);
        var texts = new Texts(community.LanguageOf());
        var card = await CardAsync(community, published, texts, canEdit: false, null, cancellationToken);
        await sender.PostAsync(community, card, null, cancellationToken);
        Log.Published(logger, community.Id, published.Number!.ToString());
        return published;
    }

    public Task<StatusReport?> GetAsync(Community community, StatusReportNumber number, CancellationToken cancellationToken) =>
        store.GetAsync(community.Id, number, cancellationToken);

    public async Task<StatusReport?> LatestAsync(Community community, CancellationToken cancellationToken) =>
        (await store.ListAsync(community.Id, cancellationToken)).LastOrDefault();

    public Task<StatusReport?> DraftAsync(Community community, CancellationToken cancellationToken) => store.DraftAsync(community.Id, cancellationToken);

    /// <summary>The report's card, its charts behind signed links.</summary>
    public async Task<AdaptiveCard> CardAsync(Community community, StatusReport report, Texts texts, bool canEdit, Notice? notice,
        CancellationToken cancellationToken, bool preview = false)
    {
        var key = report.Number?.ToString() ?? ChartLinks.Draft;
        var charts = new Dictionary<StatusChart, Uri>();
        foreach (var chart in StatusCharts.Available(report))
        {
            charts[chart] = await links.CreateAsync(community.Id, key, chart, texts.Language, cancellationToken);
        }

        return StatusReportCard.Compose(texts, report, community.Clock.Zone, charts, canEdit, notice, preview);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Status report {Number} published in community {CommunityId}")]
        public static partial void Published(ILogger logger, string communityId, string number);
    }
}
