namespace CoordinatorBot.Tests.Backlog;

/// <summary>
/// A labelled set of wish titles as OS2 communities write them (OS2borgerPC, OS2mo, OS2forms, OS2valghalla): each group
/// asks for one thing in different words; a group of one has no look-alike in the set. Titles that share a generic
/// word ("Eksport", "Integration", "Login") or a distinctive one ("MitID", "borgerpc") across groups are there on
/// purpose: they are what floods a long list with weak matches.
/// </summary>
internal static class WishLookAlikeSet
{
    public static IReadOnlyList<IReadOnlyList<string>> Groups { get; } =
    [
        ["Log ind med MitID på borgerpc", "MitID-login", "Login med MitID", "Understøt MitID ved login på borger-pc"],
        ["Eksport af fraværsdata til CSV", "CSV-eksport af fravær", "Fravær som CSV-fil"],
        ["Mørk tilstand i brugerfladen", "Mørkt tema"],
        ["Udskrivning til netværksprinter fra borgerpc", "Print til netværksprinter"],
        ["Booking af borgerpc på forhånd", "Forhåndsbooking af pc'er"],
        ["SMS-påmindelse til valgtilforordnede", "Påmindelse på SMS før valgdagen"],
        ["Organisationsdiagram som PDF", "Eksport af organisationsdiagram til PDF"],
        ["Søgning i arkiverede sager", "Arkiverede sager: søgning"],
        ["Påmindelser om frister på e-mail", "E-mail-påmindelse om frist"],
        ["Rapporter over sagsbehandlingstid", "Rapport over sagsbehandlingstider"],
        ["Automatisk logud efter inaktivitet", "Log automatisk ud ved inaktivitet"],
        ["Tilgængelighed for skærmlæsere", "Understøttelse af skærmlæser"],
        ["Import af tilforordnede fra CSV", "CSV-import af valgtilforordnede"],
        ["Integration med KMD Opus", "KMD Opus-integration"],
        ["Eksport af brugerlister til Excel"],
        ["Rapport over antal logins pr. måned"],
        ["Login for eksterne konsulenter"],
        ["Bedre søgning i medarbejdere"],
        ["Integration med Fasit"],
        ["Fravær i kalenderen"],
        ["Skærmlås efter 10 minutter"],
        ["Flere sprog i brugerfladen", "Borgerpc på flere sprog"],
        ["Opdatering til Ubuntu 24.04"],
        ["Kiosktilstand til biblioteker"],
        ["Wi-fi-opsætning på borgerpc"],
        ["Påmindelse om udløb af adgangskode"],
        ["SMS ved ændret vagtplan"],
        ["Oversigt over valgsteder på kort", "Valgsteder vist på et kort"],
        ["MitID Erhverv til medarbejdere"],
        ["Underskrift med MitID i formularer"],
        ["Log ud-knap på skrivebordet"],
        ["Login med brugernavn og adgangskode"],
        ["Fravær pr. afdeling"],
        ["Statistik over fravær"],
        ["Eksport af valgresultater til PDF"],
        ["Tidsbegrænsning på sessioner"],
        ["Lydløs opstart af borgerpc"],
        ["Kalenderintegration med Outlook"],
        ["Roller og rettigheder for ledere"],
        ["Historik over ændringer i organisationen"],
        ["Masseændring af enheder"],
        ["Vedhæftede filer i formularer"],
        ["Betaling med MobilePay i formularer"],
        ["Kopiér en formular"],
        ["Automatisk sletning af gamle besvarelser"],
        ["Printkvote pr. borger"],
        ["Fjernsupport til borgerpc"],
        ["Opsætning af scannere"],
        ["Dansk tastatur som standard"],
        ["MitID på mobilen"],
        ["Skærmlås på borgerpc"],
        ["Eksport af stemmesedler til PDF"],
        ["Søgning i formularbesvarelser"],
        ["Påmindelse om ledige vagter"],
        ["Integration med Serviceplatformen"],
        ["Ny rapport over valgdeltagelse"],
        ["Vis enhedens leder i oversigten"],
        ["Kort over borgerpc'er på biblioteket"],
        ["Automatisk genstart om natten"],
    ];

    /// <summary>Every pair of titles, and whether they are in the same group.</summary>
    public static IEnumerable<(string A, string B, bool Same)> Pairs()
    {
        var titles = Groups.SelectMany((g, i) => g.Select(t => (Title: t, Group: i))).ToList();
        for (var i = 0; i < titles.Count; i++)
        {
            for (var j = i + 1; j < titles.Count; j++)
            {
                yield return (titles[i].Title, titles[j].Title, titles[i].Group == titles[j].Group);
            }
        }
    }
}
