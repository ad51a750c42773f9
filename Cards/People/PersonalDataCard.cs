namespace CoordinatorBot.Cards.People;

/// <summary>The cards of a person's data rights: the download link, and the confirmations before anything is erased.</summary>
public static class PersonalDataCard
{
    public static AdaptiveCard Link(Texts texts, Uri link, DateTimeOffset expires, TimeZoneInfo zone) =>
        DownloadCard.Compose(texts, texts.PersonalDataTitle, texts.PersonalDataIntro, link, expires, zone);

    /// <summary>"Slet mine data": what goes, what is kept under a pseudonym, and one button that does it.</summary>
    /// <param name="soleCoordinatorOf">The communities the person is the only coordinator of, which the card warns of.</param>
    public static AdaptiveCard ConfirmOwnErasure(Texts texts, IReadOnlyList<string>? soleCoordinatorOf = null) =>
        Card(texts, texts.PersonalDataEraseTitle,
            [
                Title(texts.PersonalDataEraseTitle),
                Paragraph(texts.PersonalDataEraseWhat),
                Paragraph(texts.PersonalDataEraseKept),
                .. soleCoordinatorOf is { Count: > 0 } sole
                    ? [Notice(texts.PersonalDataEraseSoleCoordinator(texts.JoinList(sole)), isProblem: true)]
                    : Array.Empty<CardElement>(),
                Notice(texts.PersonalDataEraseFinal, isProblem: true),
            ],
            [
                Execute(texts, texts.PersonalDataEraseConfirm, CardVerbs.DataErase) with { AssociatedInputs = AssociatedInputs.None },
                CancelErasure(texts, null),
            ]);

    /// <summary>The "no" of a confirmation (of one's own erasure, or of a former member's); its card then says nothing was erased.</summary>
    private static ExecuteAction CancelErasure(Texts texts, string? formerMemberId) =>
        (formerMemberId is null
            ? Execute(texts, texts.PersonalDataEraseCancel, CardVerbs.DataEraseCancel)
            : Execute(texts, texts.PersonalDataEraseCancel, CardVerbs.DataEraseCancel, (CardVerbs.PersonKey, formerMemberId)))
        with { AssociatedInputs = AssociatedInputs.None };

    /// <summary>What a confirmation turns into when its "no" is pressed.</summary>
    public static AdaptiveCard Cancelled(Texts texts, bool formerMember) =>
        Done(texts, formerMember ? texts.PersonalDataFormerTitle : texts.PersonalDataEraseTitle, texts.PersonalDataEraseCancelled);

    /// <summary>What an erasure's confirmation card turns into once pressed: what was done, with nothing left to press.</summary>
    public static AdaptiveCard Done(Texts texts, string title, string outcome) =>
        Card(texts, title, [Title(title), Notice(outcome, isProblem: false)]);

    /// <summary>The coordinator's list of people who have left the community, each with a button to erase their data.</summary>
    public static AdaptiveCard FormerMembers(Texts texts, IReadOnlyList<(string Id, string Name)> people)
    {
        var body = new List<CardElement> { Title(texts.PersonalDataFormerTitle) };
        if (people.Count == 0)
        {
            body.Add(Paragraph(texts.PersonalDataFormerNone));
            return Card(texts, texts.PersonalDataFormerTitle, body);
        }

        body.Add(Paragraph(texts.PersonalDataFormerIntro));
        body.Add(new ActionSet([.. people.Select(p => (CardAction)(Execute(texts, p.Name, CardVerbs.DataEraseFormer,
            (CardVerbs.PersonKey, p.Id)) with { AssociatedInputs = AssociatedInputs.None }))]));
        return Card(texts, texts.PersonalDataFormerTitle, body);
    }

    public static AdaptiveCard ConfirmFormerErasure(Texts texts, string personId, string name) =>
        Card(texts, texts.PersonalDataFormerTitle,
            [
                Title(texts.PersonalDataFormerConfirmTitle(name)),
                Paragraph(texts.PersonalDataEraseKept),
                Notice(texts.PersonalDataEraseFinal, isProblem: true),
            ],
            [
                Execute(texts, texts.PersonalDataEraseConfirm, CardVerbs.DataEraseFormerConfirm, (CardVerbs.PersonKey, personId))
                    with { AssociatedInputs = AssociatedInputs.None },
                CancelErasure(texts, personId),
            ]);
}
