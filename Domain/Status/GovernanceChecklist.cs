namespace CoordinatorBot.Domain.Status;

/// <summary>
/// OS2's governance checklist (the public governance report template): every item with its id, level and official
/// Danish title, in the template's order. The titles are the standard's own words and are shown as they are.
/// </summary>
public static class GovernanceChecklist
{
    public static IReadOnlyList<GovernanceItem> Items { get; } =
    [
        new("R1", GovernanceSection.Relevance, GovernanceLevel.Sandbox, "Løsningen skaber lokal værdi"),
        new("R2", GovernanceSection.Relevance, GovernanceLevel.Two, "Løsningen er accepteret af lokal linjeledelse"),
        new("R3", GovernanceSection.Relevance, GovernanceLevel.Two, "Løsningen har fælles offentligt potentiale"),
        new("R4", GovernanceSection.Relevance, GovernanceLevel.Three, "Ophæng til nationale strategier er til stede"),
        new("F1", GovernanceSection.Form, GovernanceLevel.Sandbox, "Alt kildekode til projektet udvikles synligt og aktivt i et repositorie og versionskontrolsystem, anvist af OS2"),
        new("F2", GovernanceSection.Form, GovernanceLevel.Sandbox, "Open Source licenskriterier overholdes"),
        new("F3", GovernanceSection.Form, GovernanceLevel.Sandbox, "Udbudsregler og alm. lovformlighed er overholdt"),
        new("F4", GovernanceSection.Form, GovernanceLevel.Sandbox, "Der er tænkt på sikkerheden i løsningen"),
        new("F5", GovernanceSection.Form, GovernanceLevel.Sandbox, "Løsningens formål og værdi er beskrevet"),
        new("F6", GovernanceSection.Form, GovernanceLevel.One, "Kildekoden er overdraget og er placeret under OS2's github"),
        new("F7", GovernanceSection.Form, GovernanceLevel.One, "Alt dokumentation til projektet udarbejdes med og overholder OS2s standardskabelon for dokumentation."),
        new("F10", GovernanceSection.Form, GovernanceLevel.One, "OS2's kommunikationskanaler anvendes (OS2.eu)"),
        new("F11", GovernanceSection.Form, GovernanceLevel.One, "Der anvendes offentlig issue-tracking anvist af OS2, hvor der tydeligt henvises til specifikke kodeændringer"),
        new("F12", GovernanceSection.Form, GovernanceLevel.Two, "Der er kun en version af core koden"),
        new("F13", GovernanceSection.Form, GovernanceLevel.Two, "Der er udarbejdet præsentationsmateriale af løsningen"),
        new("F14", GovernanceSection.Form, GovernanceLevel.Two, "Der er udarbejdet kommunikationsmateriale til strategisk niveau"),
        new("F15", GovernanceSection.Form, GovernanceLevel.Two, "Best practice for implementering i organisationen dokumenteres"),
        new("F16", GovernanceSection.Form, GovernanceLevel.Two, "Teknisk dokumentation indeholder best practice for kodestandarder i forhold til de anvendte teknologier"),
        new("F17", GovernanceSection.Form, GovernanceLevel.Two, "Drifts og vedligeholdelses setup er beskrevet"),
        new("F18", GovernanceSection.Form, GovernanceLevel.Two, "Rammearkitekturen og standarder er fulgt og afvigelser er forklaret"),
        new("F19", GovernanceSection.Form, GovernanceLevel.Two, "Løsningen er leveret i et containerformat f.eks. docker (anbefaling)"),
        new("F20", GovernanceSection.Form, GovernanceLevel.Two, "Uddannelsesmateriale er udarbejdet (anbefaling)"),
        new("F21", GovernanceSection.Form, GovernanceLevel.Three, "Politisk kommunikation er udarbejdet (Lokal + Omverden)"),
        new("F22", GovernanceSection.Form, GovernanceLevel.Three, "Procesplan + procesansvar for driftsimplementering er udarbejdet"),
        new("S1", GovernanceSection.Strategy, GovernanceLevel.One, "Produktet har en kobling til OS2's strategi"),
        new("S2", GovernanceSection.Strategy, GovernanceLevel.One, "Løsningen understøtter innovation og open source"),
        new("S3", GovernanceSection.Strategy, GovernanceLevel.Two, "Produktets (forventlige) kobling til OS2's mission, vision og strategi er beskrevet"),
        new("S4", GovernanceSection.Strategy, GovernanceLevel.Two, "Der er udarbejdet en vision og strategi for produktet"),
        new("S5", GovernanceSection.Strategy, GovernanceLevel.Three, "Produktets kobling til og overensstemmelse med OS2's vision og strategi er tilstede og beskrevet"),
        new("G1", GovernanceSection.Governance, GovernanceLevel.One, "Produktet er oprettet i OS2's porteføljestyring"),
        new("G2", GovernanceSection.Governance, GovernanceLevel.One, "Der koordineres løbende med OS2-sekretariatet"),
        new("G3", GovernanceSection.Governance, GovernanceLevel.One, "Der er udpeget en projektleder/tovholder"),
        new("G4", GovernanceSection.Governance, GovernanceLevel.One, "Bestyrelsen er orienteret"),
        new("G5", GovernanceSection.Governance, GovernanceLevel.Two, "Bestyrelsen har godkendt produktet"),
        new("G6", GovernanceSection.Governance, GovernanceLevel.Two, "Der er nedsat en styregruppe"),
        new("G7", GovernanceSection.Governance, GovernanceLevel.Two, "Der er nedsat en koordinationsgruppe (anbefaling)"),
        new("G8", GovernanceSection.Governance, GovernanceLevel.Two, "En projektmodel anvendes og er dokumenteret (anbefaling)"),
        new("G9", GovernanceSection.Governance, GovernanceLevel.Two, "Review af kode foretages af tredjepart (anbefaling)"),
        new("G10", GovernanceSection.Governance, GovernanceLevel.Two, "Der er udarbejdet en tilslutningserklæring til sikring af økonomi (anbefaling)"),
        new("G11", GovernanceSection.Governance, GovernanceLevel.Three, "Bestyrelsen har godkendt styregruppen"),
        new("G12", GovernanceSection.Governance, GovernanceLevel.Three, "Bestyrelsen er repræsenteret i styregruppen"),
        new("G13", GovernanceSection.Governance, GovernanceLevel.Three, "Der foreligger en aftale der sikrer økonomi til koordinering og videreudvikling"),
        new("G14", GovernanceSection.Governance, GovernanceLevel.Three, "Der er etableret et fagligt fællesskab bag løsningen hvor erfaringer kan udveksles"),
    ];

    public static GovernanceItem? Find(string? id) =>
        Items.FirstOrDefault(i => string.Equals(i.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));

    // After Items: static fields are set in the order written.
    private static readonly Dictionary<string, int> Places = Items.Select((item, place) => (item.Id, place)).ToDictionary(p => p.Id, p => p.place, StringComparer.Ordinal);

    /// <summary>An item's place in the checklist (R1 first); an id not in it after all.</summary>
    public static int Order(string id) => Places.GetValueOrDefault(id, int.MaxValue);
}
