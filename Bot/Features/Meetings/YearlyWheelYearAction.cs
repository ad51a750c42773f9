using CoordinatorBot.Cards.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>"Forrige år" and "Næste år" on the yearly wheel: the wheel of that year, for everyone.</summary>
public sealed class YearlyWheelYearAction(YearlyWheelView wheel) : CommunityCardAction<YearlyWheelYearAction.Input>(CardVerbs.YearlyWheelYear)
{
    public sealed record Input(int Year);

    protected override Input? Read(CardInput input) =>
        int.TryParse(input.Text(CardVerbs.YearKey), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year is >= YearlyWheelCard.FirstYear and <= YearlyWheelCard.LastYear
            ? new Input(year)
            : null;

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, Input input) =>
        Reply.WithCard(await wheel.ComposeAsync(turn, input.Year));
}
