using CoordinatorBot.Storage.Priorities;

using CoordinatorBot.Domain.Input;

namespace CoordinatorBot.Bot.Features.Priorities;

/// <summary>"nudge pause | genoptag | ferie DATO | fra | til": the person's own wishes for the weekly nudge and reminders.</summary>
[HelpOrder(3)]
public sealed class NudgeCommand(TaskStore preferences, TimeProvider time) : CommunityCommand(CommandIds.Nudge)
{
    private static readonly Texts[] Languages = [new(Language.Danish), new(Language.English)];
    private static readonly string[] Keys = ["Pause", "Resume", "Away", "Off", "On"];

    // "ferie 3. januar 2027" without "nudge" is offered as the nudge's; "til", "fra", "on" and "off" start ordinary sentences.
    public override IReadOnlyList<string> SubcommandWords { get; } =
        [.. Keys.SelectMany(k => Languages.SelectMany(t => t.Words($"NudgeWords{k}"))).Where(w => w.Length > 3).Distinct()];

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments)
    {
        var texts = turn.Texts;
        var words = CommandText.Words(arguments);
        if (turn.ActorId is not { } person || words.Length == 0)
        {
            return Reply.WithText(texts.NudgeUsage);
        }

        var community = turn.Community.Id;
        switch (Word(words[0]))
        {
            case "Pause":
                await preferences.UpdatePreferenceAsync(community, person, p => p with { Paused = true }, turn.CancellationToken);
                return Reply.WithText(texts.NudgePaused);
            case "Resume":
                await preferences.UpdatePreferenceAsync(community, person, p => p with { Paused = false, AwayUntil = null }, turn.CancellationToken);
                return Reply.WithText(texts.NudgeResumed);
            case "Off":
                await preferences.UpdatePreferenceAsync(community, person, p => p with { OptedOut = true }, turn.CancellationToken);
                return Reply.WithText(texts.NudgeOff);
            case "On":
                await preferences.UpdatePreferenceAsync(community, person, p => p with { OptedOut = false }, turn.CancellationToken);
                return Reply.WithText(texts.NudgeOn);
            case "Away" when words.Length > 1 &&
                             DanishDate.TryParse(string.Join(' ', words.Skip(1)), turn.Community.Clock.Today(time.GetUtcNow())) is { } until:
                await preferences.UpdatePreferenceAsync(community, person, p => p with { AwayUntil = until }, turn.CancellationToken);
                return Reply.WithText(texts.NudgeAway(until.ToString(texts.DateFormat, texts.Culture)));
            default:
                return Reply.WithText(texts.NudgeUsage);
        }
    }

    private static string? Word(string word)
    {
        var folded = TextFolding.Fold(word);
        return Keys.FirstOrDefault(k => Languages.Any(t => t.Words($"NudgeWords{k}").Any(w => TextFolding.Fold(w) == folded)));
    }
}
