namespace CoordinatorBot.Tests.Architecture;

/// <summary>
/// The folders of Bot depend one way (README, "Layout"): a newcomer can follow a turn down without meeting a circle,
/// and a feature can be read, changed or removed without touching another.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class LayoutTests
{
    // What each folder may use besides itself. Features may use the folders below them, never another feature.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Protocol"] = ["Operations"],
        ["Operations"] = [],
        ["Communities"] = ["Protocol", "Operations"],
        ["Scheduling"] = ["Protocol", "Operations", "Communities"],
        ["Conversation"] = ["Protocol", "Operations", "Communities"],
        ["Features"] = ["Protocol", "Operations", "Communities", "Conversation", "Scheduling"],
    };

    // No feature builds on another: one that proposes a decision, follows its close or adds to the export does so
    // through an interface of Communities that the other implements (resolved through DI).
    private static readonly Dictionary<string, string[]> FeatureUses = new(StringComparer.Ordinal);

    [Fact]
    public void Each_folder_of_Bot_uses_only_the_folders_below_it_and_no_feature_uses_another()
    {
        var bot = Path.Combine(RepositoryRoot(), "Bot");
        var offences = new List<string>();
        foreach (var file in Directory.EnumerateFiles(bot, "*.cs", SearchOption.AllDirectories).Where(f => !IsBuildOutput(f)))
        {
            var relative = Path.GetRelativePath(bot, file).Replace('\\', '/');
            if (!relative.Contains('/', StringComparison.Ordinal))
            {
                continue; // Program.cs and BotApplication.cs compose everything.
            }

            var own = Area(relative);
            foreach (Match used in Reference().Matches(File.ReadAllText(file)))
            {
                var target = Area(used.Groups["path"].Value.Replace('.', '/') + "/");
                if (target != own && !Allowed[Layer(own)].Contains(Layer(target)) &&
                    !(FeatureUses.TryGetValue(own, out var features) && features.Contains(target)))
                {
                    offences.Add($"{relative} uses {used.Value}");
                }
            }
        }

        Assert.Empty(offences);
    }

    [Fact]
    public void Each_folder_of_Bot_uses_only_the_folders_below_it_and_no_other_features_storage_in_the_built_code()
    {
        // The built code sees what the source's using directives cannot: a global using, a var, an extension method.
        var offences = new List<string>();
        foreach (var (space, used) in CompiledReferences.Read(typeof(CoordinatorBot.Bot.BotApplication).Assembly.Location))
        {
            if (BotPath(space) is not { } path)
            {
                continue; // BotApplication and Program compose everything.
            }

            var own = Area(path);
            foreach (var target in used.Select(BotPath).OfType<string>().Select(Area).Distinct())
            {
                if (target != own && !Allowed[Layer(own)].Contains(Layer(target)) &&
                    !(FeatureUses.TryGetValue(own, out var features) && features.Contains(target)))
                {
                    offences.Add($"{space} uses {target}");
                }
            }

            foreach (var storage in used.Where(u => u.StartsWith("CoordinatorBot.Storage.", StringComparison.Ordinal)).Select(u => u.Split('.')[2]).Distinct())
            {
                if (own.StartsWith("Features/", StringComparison.Ordinal) && StorageOffence(own["Features/".Length..], storage) is { } offence)
                {
                    offences.Add($"{space} uses Storage.{storage}: {offence}");
                }
            }
        }

        Assert.Empty(offences);
    }

    [Fact]
    public void The_built_code_check_sees_what_a_folder_uses()
    {
        var uses = CompiledReferences.Read(typeof(CoordinatorBot.Bot.BotApplication).Assembly.Location);
        // Through a base class, a constructor's parameter, and a lambda's body (a closure nested in the type).
        Assert.Contains("CoordinatorBot.Bot.Conversation", uses["CoordinatorBot.Bot.Features.Decisions"]);
        Assert.Contains("CoordinatorBot.Storage.Decisions", uses["CoordinatorBot.Bot.Features.Decisions"]);
        Assert.Contains("CoordinatorBot.Cards.Localization", uses["CoordinatorBot.Bot.Communities"]);
        Assert.DoesNotContain("CoordinatorBot.Bot.Conversation", uses["CoordinatorBot.Bot.Protocol.Schema"]);
        Assert.Equal("Features/Decisions", Area(BotPath("CoordinatorBot.Bot.Features.Decisions")!));
        Assert.Equal("Protocol", Area(BotPath("CoordinatorBot.Bot.Protocol.Schema")!));
        Assert.Null(BotPath("CoordinatorBot.Bot"));
    }

    /// <summary>A namespace of Bot's folders as a path ("Features/Decisions/"); null for one outside them.</summary>
    private static string? BotPath(string space) =>
        space.StartsWith("CoordinatorBot.Bot.", StringComparison.Ordinal) ? space["CoordinatorBot.Bot.".Length..].Replace('.', '/') + "/" : null;

    // Cards: each feature's cards, forms and export pages in Cards/<Feature> (named as in Bot/Features); what several
    // features show or build on lives in the shared folders, which use no feature's folder.
    private static readonly string[] CardsShared = ["Model", "Localization", "Common", "Composers"];

    [Fact]
    public void A_feature_folder_of_Cards_uses_only_the_shared_folders_of_Cards_and_is_named_after_a_feature()
    {
        var root = RepositoryRoot();
        var cards = Path.Combine(root, "Cards");
        var features = new DirectoryInfo(Path.Combine(root, "Bot", "Features")).GetDirectories().Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        var offences = new List<string>();
        foreach (var folder in new DirectoryInfo(cards).GetDirectories().Select(d => d.Name).Where(f => f is not ("bin" or "obj")))
        {
            if (!CardsShared.Contains(folder) && !features.Contains(folder))
            {
                offences.Add($"Cards/{folder} is neither a shared folder nor a feature of Bot/Features");
            }
        }

        foreach (var file in Directory.EnumerateFiles(cards, "*.cs", SearchOption.AllDirectories).Where(f => !IsBuildOutput(f)))
        {
            var relative = Path.GetRelativePath(cards, file).Replace('\\', '/');
            if (!relative.Contains('/', StringComparison.Ordinal))
            {
                continue;
            }

            var own = relative.Split('/')[0];
            foreach (Match used in CardsReference().Matches(File.ReadAllText(file)))
            {
                var target = used.Groups["folder"].Value;
                if (target != own && !CardsShared.Contains(target))
                {
                    offences.Add($"Cards/{relative} uses {used.Value}");
                }
            }
        }

        Assert.Empty(offences);
    }


    // Storage namespaces every part of Bot may use: the community and its people, and the infrastructure that is no
    // feature's (tables, outbox, scheduling, handled activities, dialogs, layouts, backup).
    private static readonly string[] SharedStorage = ["Communities", "Tables", "Outbox", "Scheduling", "Activities", "Dialogs", "Layouts", "Backup"];

    // The Storage namespaces each feature of Bot owns; no other feature uses them. Where a feature needs another's data,
    // the owner publishes a read contract in Communities (IDecisionReadings, INudgePreferences, …) and implements it.
    private static readonly Dictionary<string, string[]> OwnedStorage = new(StringComparer.Ordinal)
    {
        ["Backlog"] = ["Backlog"],
        ["Decisions"] = ["Decisions"],
        ["Meetings"] = ["Meetings"],
        ["Onboarding"] = ["Onboarding"],
        ["People"] = ["People"],
        ["Priorities"] = ["Priorities"],
        ["Search"] = ["Search"],
        ["Setup"] = [],
        ["Status"] = ["Status"],
        ["Surveys"] = ["Surveys"],
        ["Guides"] = ["Guides"],
        ["Releases"] = ["Releases"],
        ["Portfolio"] = [],
    };

    [Fact]
    public void No_feature_of_Bot_uses_another_features_storage()
    {
        var features = Path.Combine(RepositoryRoot(), "Bot", "Features");
        var offences = new List<string>();
        foreach (var file in Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories).Where(f => !IsBuildOutput(f)))
        {
            var relative = Path.GetRelativePath(features, file).Replace('\\', '/');
            var feature = relative.Split('/')[0];
            foreach (Match used in StorageReference().Matches(File.ReadAllText(file)))
            {
                var space = used.Groups["space"].Value;
                if (StorageOffence(feature, space) is { } offence)
                {
                    offences.Add($"Features/{relative} uses Storage.{space}: {offence}");
                }
            }
        }

        Assert.Empty(offences);
    }

    [Fact]
    public void The_storage_check_sees_a_feature_reading_another_features_storage()
    {
        Assert.Null(StorageOffence("Priorities", "Priorities"));
        Assert.Null(StorageOffence("Status", "Communities"));
        Assert.NotNull(StorageOffence("Status", "Decisions"));
        Assert.NotNull(StorageOffence("Priorities", "Week"));
        Assert.NotNull(StorageOffence("Meetings", "Priorities"));
        Assert.NotNull(StorageOffence("Status", "Newfeature"));
        Assert.NotNull(StorageOffence("Newfeature", "Decisions"));
        Assert.Equal(["Decisions", "Priorities", "Onboarding", "Meetings"], StorageReference()
            .Matches("using CoordinatorBot.Storage.Decisions; x = new Storage.Priorities.TaskStore(); CoordinatorBot.Storage.Onboarding.OnboardingStore "
                + "global::CoordinatorBot.Storage.Meetings.MeetingStore; options.Storage.Tables; Bot.Operations.StorageOutage")
            .Select(m => m.Groups["space"].Value));
    }

    /// <summary>Why <paramref name="feature"/> may not use the Storage namespace <paramref name="space"/>; null when it may.</summary>
    private static string? StorageOffence(string feature, string space) =>
        SharedStorage.Contains(space) || (OwnedStorage.TryGetValue(feature, out var owned) && owned.Contains(space)) ? null
        : !OwnedStorage.ContainsKey(feature) ? $"the feature {feature} is not in the list of features and the storage they own"
        : OwnedStorage.Values.Any(o => o.Contains(space)) ? "another feature's storage (read it through a contract in Communities)"
        : "a Storage namespace that is neither shared nor a feature's (add it to one list)";

    [Fact]
    public void The_check_sees_a_circle_when_there_is_one()
    {
        // The rule itself: Communities may not use Conversation, a feature may not use another feature.
        Assert.DoesNotContain("Conversation", Allowed["Communities"]);
        Assert.NotEqual(Area("Features/Decisions/X.cs"), Area("Features/Priorities/X.cs"));
        Assert.DoesNotContain(Layer(Area("Features/Priorities/X.cs")), Allowed["Scheduling"]);
        // A feature edge goes one way only.
        Assert.All(FeatureUses, edge => Assert.All(edge.Value, used =>
            Assert.False(FeatureUses.TryGetValue(used, out var back) && back.Contains(edge.Key))));
        Assert.Matches(Reference(), "using CoordinatorBot.Bot.Features.Decisions;");
        Assert.Equal("Features/Decisions", Area(Reference().Match("var x = new CoordinatorBot.Bot.Features.Decisions.Vote();")
            .Groups["path"].Value.Replace('.', '/') + "/"));
        // In Cards a feature's folder is not shared, and a use of it is seen.
        Assert.DoesNotContain("Decisions", CardsShared);
        Assert.Equal("Decisions", CardsReference().Match("using static CoordinatorBot.Cards.Decisions.DecisionCard;").Groups["folder"].Value);
    }

    /// <summary>"Features/Decisions" for a feature, else the top folder ("Communities").</summary>
    private static string Area(string relative)
    {
        var parts = relative.Split('/');
        return parts[0] == "Features" && parts.Length > 2 ? $"Features/{parts[1]}" : parts[0];
    }

    private static string Layer(string area) => area.StartsWith("Features/", StringComparison.Ordinal) ? "Features" : area;

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ||
        path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CoordinatorBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository's root (CoordinatorBot.sln) was not found above the test's folder.");
    }

    // A using directive or a fully qualified name of another folder of Bot: "CoordinatorBot.Bot.Features.Decisions".
    [GeneratedRegex(@"CoordinatorBot\.Bot\.(?<path>(Features\.[A-Za-z]+)|[A-Za-z]+)\b")]
    private static partial Regex Reference();

    // A Storage namespace, by its full name or, inside CoordinatorBot's namespaces, its short one ("Storage.Priorities.TaskStore").
    [GeneratedRegex(@"(?:\bCoordinatorBot\.|(?<![\w.]))Storage\.(?<space>[A-Z][A-Za-z]*)\b")]
    private static partial Regex StorageReference();

    // A using directive or a qualified name of a folder of Cards: "CoordinatorBot.Cards.Decisions".
    [GeneratedRegex(@"CoordinatorBot\.Cards\.(?<folder>[A-Za-z]+)\b")]
    private static partial Regex CardsReference();
}
