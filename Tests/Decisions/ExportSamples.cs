namespace CoordinatorBot.Tests.Decisions;

/// <summary>Decisions whose every text tries to run on the published site or in a spreadsheet, and ordinary ones.</summary>
public static class ExportSamples
{
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-27T10:00:00Z", CultureInfo.InvariantCulture);

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>What a vote comment says; it must never reach the export.</summary>
    public const string SecretComment = "HEMMELIG-KOMMENTAR";

    public const string Context = """
        {% include x %}
        {{ site.data }}
        {% endraw %}<b>x</b>
        # Ikke en overskrift
        ---
        ===
        [klik](javascript:alert(1)) ![](http://tracker.example/p.gif)
        [ref]: javascript:alert(3)
        <img src=x onerror=alert(1)><!-- kommentar -->
        {::nomarkdown}<script>alert(2)</script>{:/}
        {: .class onclick="alert(4)"}
            indrykket <script>alert(5)</script>
        ~~~
        ```
        `<script>alert(6)</script>`
        $$x$$
        : definition
        | a | b |
        """;

    public static Decision Hostile() => new()
    {
        Number = new DecisionNumber(2026, 14),
        Draft = new DecisionDraft(
            "<script>alert(1)</script> {{ site.data }}\n---\nlayout: evil\n\"title\": x",
            DecisionType.Operational,
            DecidingBody.SteeringGroup,
            Context,
            "=HYPERLINK(\"http://x\")",
            "-2+3",
            "@SUM(A1)",
            "\t=1+1",
            Now.AddDays(7),
            new DecisionRule(RuleKind.ProposerRecords)),
        Status = DecisionStatus.Accepted,
        ProposerId = "aad-1",
        ProposerName = "{% raw %}Karen{% endraw %} <i>Jensen</i>",
        ProposedAt = Now,
        ClosedAt = Now.AddDays(1),
        ClosedByName = "{{ page.title }}",
        CloseReason = RuleReason.RecordedByHand,
        OutcomeText = "\r=cmd|' /C calc'!A0 {% endraw %}<b>x</b>",
    };

    public static IReadOnlyList<Vote> Votes() =>
    [
        new("aad-2", "<i>Bob</i> {{ x }}", VoteChoice.Approve, $"{SecretComment} 1", Now.AddMinutes(1)),
        new("aad-3", "Carl", VoteChoice.Object, $"{SecretComment} 2 {{{{ site.data }}}}", Now.AddMinutes(2)),
    ];

    public const string DanishContext = """
        Styregruppen mødtes den 1. marts og sagde: "Vi går videre" – også med æøå og ÆØÅ.
        1. marts 2027 er fristen.
        2) Leverandøren svarer inden 14 dage.

        Et nyt afsnit, hvor 5 > 3 & 2 < 4 – og 'citater' er med.
        - første punkt
        - andet punkt
        """;

    public static Decision Danish() => new()
    {
        Number = new DecisionNumber(2026, 15),
        Draft = new DecisionDraft("Fælles testmiljø for OS2mo – 1. marts", DecisionType.Architecture, DecidingBody.SteeringGroup,
            DanishContext, "Vi bruger \"Fælles testmiljø\" fra 1. marts.", null, null, null, Now.AddDays(7), new DecisionRule(RuleKind.SimpleMajority)),
        ProposerId = "aad-1",
        ProposerName = "Søren Ærø-Åberg",
        ProposedAt = Now,
    };
}
