using CoordinatorBot.Storage.Layouts.Steps;

namespace CoordinatorBot.Storage.Layouts;

/// <summary>
/// Every layout of the stored tables since the first release, and how a store is brought from each to the next. The
/// upgrade tests restore each release's own tables (Tests/Upgrades/Fixtures) and read them through today's bot.
/// Releases 1–4 did not record their layout: a store without a layout row but with data starts at layout 1, and every
/// step passes over the rows already in its shape.
/// </summary>
public static class LayoutHistory
{
    public static IReadOnlyList<Layout> Layouts { get; } =
    [
        new(1, "6f6be38",
            "A decision's fields as columns of the decisions table; its votes and history in tables of their own (votes, decisionaudit).",
            []),
        new(2, "0f201cd",
            "A decision, its votes and its history are JSON rows of the decisions table (Kind, Json), under the decision's key, so that one transaction writes them; the roles' history beside the members.",
            [new DecisionsInOneTable()]),
        new(3, "0ea8b5a",
            "New tables (meetings, backlog, githubqueue, statusreports, pseudonyms) and new properties (a vote row's earlier votes, outbox rounds, the community's settings): rows of layout 2 read as they are, what they lack takes its default.",
            []),
        new(4, "830c73e",
            "A vote row remembers the presses that cast it (Activities); decision numbers are taken one at a time per instance: rows of layout 3 read as they are.",
            []),
        new(5, "0e1aabc",
            "Every row says its layout (the Layout property) and the store records its own (settings, bot/layout). Municipalities by their official names (DAGI, Danmarks Statistik): Københavns, Vesthimmerlands and Bornholms where releases 1–4 stored København, Vesthimmerland and Bornholm, in values and in the backlog's support keys. A community says whether it is a team or a shared or private channel (ChannelKind; every earlier one is a team).",
            [new EveryRowSaysItsLayout(5), new OfficialMunicipalityNames(), new CommunitiesSayTheirChannel()]),
        new(6, "9e2e1ca",
            "Release 6 added tables (surveys, releases, guides) at layout 5; they read as they are. The governance report's marks each in a row of their own (statusreports, \"g|{ticks}|…\"), no longer all in its one row, which only grew; the report row keeps the target level. Every row then says layout 6.",
            [new GovernanceMarksInRows(), new EveryRowSaysItsLayout(6)]),
        new(7, "the eighth release",
            "The governance report's marks keyed newest first (statusreports, \"gh|{ticks to the end of time}|…\") and each item's latest mark in a row of its own (\"gi|G3\"), so that reading the report reads the items and the newest marks, not the whole history. Every row then says layout 7.",
            [new GovernanceHistoryNewestFirst(), new EveryRowSaysItsLayout(7)]),
    ];

    /// <summary>Tables that earlier layouts had and this one no longer uses; a step removes them once their rows are brought forward.</summary>
    public static IReadOnlyList<string> RetiredTables { get; } = [DecisionsInOneTable.Votes, DecisionsInOneTable.Audit];

    /// <summary>Every table any release used: what a backup writes and a restore accepts.</summary>
    public static IReadOnlyList<string> AllTables { get; } = [.. TableNames.All, .. RetiredTables];
}
