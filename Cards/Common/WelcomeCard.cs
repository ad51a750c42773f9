namespace CoordinatorBot.Cards.Common;

/// <summary>What the bot posts when it is added to a team, or installed for one person.</summary>
public static class WelcomeCard
{
    /// <param name="botName">The bot's name in the team, as the install event gives it, for "@… opsætning".</param>
    public static AdaptiveCard ForTeam(Texts texts, string? productName, string botName) =>
        Card(texts, texts.WelcomeTitle,
            [
                Title(texts.WelcomeTitle),
                Paragraph(texts.WelcomeIntro(productName ?? texts.WelcomeProductFallback)),
                new TextBlock($"- {texts.WelcomeDecisions}\n- {texts.WelcomeOnboarding}\n- {texts.WelcomePriorities}"),
                Paragraph(texts.WelcomeNextStep(botName)),
            ],
            [
                RunCommandAsNewMessage(texts, texts.ButtonSetup, CommandIds.Setup),
                RunCommandAsNewMessage(texts, texts.ButtonHelp, CommandIds.Help),
                RunCommandAsNewMessage(texts, texts.ButtonRoles, CommandIds.Roles),
                RunCommandAsNewMessage(texts, texts.ButtonNewDecision, CommandIds.DecisionNew),
                RunCommandAsNewMessage(texts, texts.ButtonDecisions, CommandIds.Decisions),
            ]);

    public static AdaptiveCard ForPerson(Texts texts) =>
        Card(texts, texts.WelcomeTitle,
            [Title(texts.WelcomeTitle), Paragraph(texts.WelcomePersonal)],
            [RunCommandAsNewMessage(texts, texts.ButtonHelp, CommandIds.Help)]);
}
