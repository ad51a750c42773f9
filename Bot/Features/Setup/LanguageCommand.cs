namespace CoordinatorBot.Bot.Features.Setup;

/// <summary>
/// "sprog dansk" / "language english": the language the bot writes to this person in their personal chat (and in
/// their nudges). In the team the team's language rules; it is chosen in setup.
/// </summary>
[HelpOrder(3)]
public sealed class LanguageCommand(CommunityDirectory directory) : ICommand
{
    private static readonly Texts[] Languages = [new(Language.Danish), new(Language.English)];

    public string Id => CommandIds.Language;

    public bool IsOfferedTo(CommandAudience audience) => !audience.InCommunity;

    public async Task<Reply> HandleAsync(Turn turn, string arguments)
    {
        var activity = turn.Activity;
        if (activity.Conversation?.ConversationType != ConversationTypes.Personal)
        {
            return Reply.WithText(turn.Texts.LanguageInTeam);
        }

        var folded = TextFolding.Fold(arguments.Trim());
        var chosen = Languages.Any(t => t.Words("LanguageWordsDanish").Contains(folded, StringComparer.Ordinal)) ? Language.Danish
            : Languages.Any(t => t.Words("LanguageWordsEnglish").Contains(folded, StringComparer.Ordinal)) ? Language.English
            : (Language?)null;
        if (chosen is not { } language || activity.From?.AadObjectId is not { Length: > 0 } person || activity.TenantId is not { Length: > 0 } tenant)
        {
            return Reply.WithText(turn.Texts.LanguageUsage);
        }

        await directory.TouchPersonalAsync(activity, turn.CancellationToken);
        await directory.ChoosePersonalLanguageAsync(tenant, person, language.Code(), turn.CancellationToken);
        return Reply.WithText(new Texts(language).LanguageChosen);
    }
}
