namespace CoordinatorBot.Cards.Common;

/// <summary>The commands this person may use, each with its words, what it does and a button.</summary>
public static class HelpCard
{
    /// <param name="botName">The bot's name as Teams gives it in the activity, to mention it: "@CoordinatorBot".</param>
    /// <param name="personalChat">Asked in the person's personal chat (where a community's help is asked too), whose language is their own.</param>
    public static AdaptiveCard Compose(Texts texts, string botName, IReadOnlyList<HelpEntry> entries, Member? actor,
        HelpPlace place, bool personalChat = false)
    {
        var body = new List<CardElement>();
        body.Add(Title(texts.HelpTitle));
        body.Add(Paragraph(texts.HelpIntro(botName)));
        body.Add(place switch
        {
            HelpPlace.Community => new TextBlock(RolesLine(texts, actor)) { IsSubtle = true },
            HelpPlace.Newcomer => Paragraph(texts.HelpNewcomer(botName)),
            HelpPlace.GroupChat => Paragraph(texts.GroupChatNotCommunity(botName)),
            _ => new TextBlock(texts.HelpPersonalNote) { IsSubtle = true },
        });
        // How to switch language: in a personal chat the person's own; elsewhere the place's, and where to choose one's own.
        body.Add(new TextBlock(place switch
        {
            _ when personalChat => texts.HelpLanguagePersonal,
            HelpPlace.Community => texts.HelpLanguageTeam,
            HelpPlace.GroupChat => texts.HelpLanguageGroupChat,
            _ => texts.HelpLanguagePersonal,
        }) { IsSubtle = true });

        foreach (var entry in entries)
        {
            var word = texts.CommandWords(entry.CommandId)[0];
            var items = new List<CardElement>
            {
                TextBlock.Markdown($"**{word}** – {texts.CommandDescription(entry.CommandId)}"),
            };
            var row = new Container(items) { Separator = true, Spacing = Spacing.Medium };
            if (entry.HasButton && entry.CommandId != CommandIds.Help)
            {
                items.Add(new ActionSet([RunCommand(texts, word, entry.CommandId)]));
            }

            body.Add(row);
        }

        return Card(texts, texts.HelpTitle, body);
    }

    private static string RolesLine(Texts texts, Member? actor) =>
        actor is null || actor.Roles.Count == 0
            ? texts.HelpNoRoles
            : texts.HelpYourRoles(texts.JoinList(actor.Roles.Order().Select(r => texts.RoleHeld(r, actor.Municipality, actor.Supplier))));
}
