using CoordinatorBot.Cards.Portfolio;

namespace CoordinatorBot.Bot.Features.Portfolio;

/// <summary>
/// "portefølje" / "portfolio", in the personal chat of a person with the secretariat role in any community of the
/// deployment: every community that has granted the secretariat access (setup), sorted by risk, with a chart and links
/// to a CSV and a JSON of the same figures, signed for this person. A community that has not granted access is
/// simply absent: it is never read.
/// </summary>
[HelpOrder(1)]
public sealed class PortfolioCommand(PortfolioFigures figures, LinkSigner signer) : ICommand
{
    public string Id => CommandIds.Portfolio;

    // In the personal chat, to whoever may be of the secretariat (the refusal is polite); never in a channel, where a link would be read by all.
    public bool IsOfferedTo(CommandAudience audience) => audience.InPersonalChat && audience.Actor?.Holds(Role.Secretariat) != false;

    public async Task<Reply> HandleAsync(Turn turn, string arguments)
    {
        if (turn.Activity.Conversation?.ConversationType != ConversationTypes.Personal)
        {
            return Reply.WithText(turn.Texts.PortfolioOnlyPersonal);
        }

        if (await figures.ForAsync(turn.ActorId, turn.CancellationToken) is not { } rows)
        {
            return Reply.WithText(turn.Texts.PortfolioRefusal);
        }

        var person = turn.ActorId!;
        var (csv, expires) = await PortfolioFiles.Csv.CreateAsync(signer, [person], turn.Language, turn.CancellationToken);
        var (json, _) = await PortfolioFiles.Json.CreateAsync(signer, [person], turn.Language, turn.CancellationToken);
        var (chart, _) = await PortfolioFiles.Chart.CreateAsync(signer, [person], turn.Language, turn.CancellationToken, PortfolioFiles.ChartLifetime);
        var zone = (turn as CommunityTurn)?.Community.Clock.Zone ?? CommunityClock.Of((string?)null).Zone;
        return Reply.WithCard(PortfolioCard.Compose(turn.Texts, rows, new PortfolioLinks(chart, csv, json, expires, zone)));
    }
}
