using CoordinatorBot.Cards.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>"årshjul" / "annual plan" (a year after it, else this year): the year's meetings and yearly tasks, for everyone.</summary>
[HelpOrder(4)]
public sealed class YearlyWheelCommand(YearlyWheelView wheel) : CommunityCommand(CommandIds.YearlyWheel)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments)
    {
        var year = int.TryParse(arguments.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var asked)
            && asked is >= YearlyWheelCard.FirstYear and <= YearlyWheelCard.LastYear
            ? asked : wheel.ThisYear(turn);
        return Reply.WithCard(await wheel.ComposeAsync(turn, year));
    }
}
