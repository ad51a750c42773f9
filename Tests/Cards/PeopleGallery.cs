namespace CoordinatorBot.Tests.Cards;

/// <summary>The cards of issue #13 (the community choice, the data rights), for <see cref="CardGallery"/>.</summary>
public static class PeopleGallery
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static IEnumerable<(string, AdaptiveCard)> ForLanguage(Texts t)
    {
        IReadOnlyList<CommunityOption> communities = [new("19:a@thread.tacv2", "OS2mo"), new("19:b@thread.tacv2", "OS2forms")];
        yield return ("community-choice", CommunityChoiceCard.Compose(t, communities, "19:b@thread.tacv2", null, null));
        yield return ("community-choice-command", CommunityChoiceCard.Compose(t, communities, null, CommandIds.Tasks, "næste uge"));
        yield return ("community-stamped", CommunityStamp.Apply(
            CommunityChoiceCard.Compose(t, communities, null, CommandIds.Tasks, null), "19:a@thread.tacv2", t, "OS2mo"));
        yield return ("my-data-link", PersonalDataCard.Link(t, new Uri("https://bot.example/people/data?x=1"),
            DateTimeOffset.Parse("2026-12-02T10:15:00Z", System.Globalization.CultureInfo.InvariantCulture), Zone));
        yield return ("my-data-erase-confirm", PersonalDataCard.ConfirmOwnErasure(t));
        yield return ("my-data-erased", PersonalDataCard.Done(t, t.PersonalDataEraseTitle, t.PersonalDataErased("Tidligere medlem 7")));
        yield return ("my-data-erase-confirm-sole-coordinator", PersonalDataCard.ConfirmOwnErasure(t, ["OS2mo", "OS2forms"]));
        yield return ("former-members", PersonalDataCard.FormerMembers(t, [("aad-1", "Mette Hansen"), ("aad-2", "Søren Ærø")]));
        yield return ("former-members-none", PersonalDataCard.FormerMembers(t, []));
        yield return ("former-member-confirm", PersonalDataCard.ConfirmFormerErasure(t, "aad-1", "Mette Hansen"));
    }
}
