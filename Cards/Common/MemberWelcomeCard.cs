namespace CoordinatorBot.Cards.Common;

/// <summary>The greeting for a person who joins the team: what the community is, who holds which role, where to go.</summary>
public static class MemberWelcomeCard
{
    public static AdaptiveCard Compose(Texts texts, string personName, string? personTeamsId, string product, IReadOnlyList<Member> members)
    {
        var mention = personTeamsId is null ? personName : $"<at>{personName}</at>";
        var roles = Enum.GetValues<Role>()
            .Select(role => (role, names: members.Where(m => m.Holds(role)).Select(m => m.Name).Order(StringComparer.Create(texts.Culture, true)).ToList()))
            .Where(r => r.names.Count > 0)
            .Select(r => new Fact(texts.RoleName(r.role), string.Join(", ", r.names)))
            .ToList();
        var body = new List<CardElement>
        {
            Title(texts.MemberWelcomeTitle(mention)),
            Paragraph(texts.MemberWelcomeIntro(product)),
        };
        if (roles.Count > 0)
        {
            body.Add(Subtitle(texts.MemberWelcomeRoles));
            body.Add(new FactSet(roles));
        }

        body.Add(Paragraph(texts.MemberWelcomeWish));
        body.Add(Paragraph(texts.MemberWelcomeDecisions));
        var card = Card(texts, texts.MemberWelcomeTitle(personName), body,
            [RunCommand(texts, texts.ButtonDecisions, CommandIds.Decisions), RunCommand(texts, texts.ButtonHelp, CommandIds.Help)]);
        return personTeamsId is null ? card : card with { Teams = new TeamsCardProperties([CardMention.Of(personTeamsId, personName)]) };
    }
}
