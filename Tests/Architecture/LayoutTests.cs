using System.Text.RegularExpressions;

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

    // A using directive or a qualified name of a folder of Cards: "CoordinatorBot.Cards.Decisions".
    [GeneratedRegex(@"CoordinatorBot\.Cards\.(?<folder>[A-Za-z]+)\b")]
    private static partial Regex CardsReference();
}
