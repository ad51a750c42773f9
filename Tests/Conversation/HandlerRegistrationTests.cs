using System.Reflection;
using CoordinatorBot.Bot;

namespace CoordinatorBot.Tests.Conversation;

/// <summary>
/// Handlers are found in their feature's namespace when the application is composed, not listed by hand: every verb a
/// card can send reaches exactly one handler, every command is registered once and (but one) offered by help to someone, and
/// help keeps its order.
/// </summary>
[Trait("Category", "Unit")]
public sealed class HandlerRegistrationTests : IAsyncLifetime
{
    private WebApplication _app = null!;

    public Task InitializeAsync()
    {
        // The very composition of Program.cs, built but not started: nothing is read or written.
        _app = BotApplication.Create([], builder =>
        {
            builder.Environment.EnvironmentName = "Development";
            builder.Logging.ClearProviders();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            });
        });
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _app.DisposeAsync().AsTask();

    [Fact]
    public void Every_verb_a_card_can_send_has_exactly_one_handler()
    {
        // Verbs are the dotted values ("decision.vote"); the data keys ("decision") are not. A suggestion's button is the router's own.
        var declared = Constants(typeof(CardVerbs)).Where(v => v.Contains('.', StringComparison.Ordinal) && v != CardVerbs.RunCommand);
        var handled = _app.Services.GetServices<ICardAction>().Select(a => a.Verb).ToList();

        Assert.Equal(handled.Count, handled.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(declared.Order(StringComparer.Ordinal), handled.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_command_is_registered_once_and_help_offers_it_to_someone()
    {
        var commands = _app.Services.GetServices<ICommand>().ToList();
        var everyRole = new Member("aad-1", "Karen Jensen", Enum.GetValues<Role>().ToHashSet(), "Aarhus");
        CommandAudience[] audiences =
        [
            new(InCommunity: true, everyRole, CommunityHasCoordinator: true),
            new(InCommunity: true, Actor: null, CommunityHasCoordinator: false),
            new(InCommunity: false, Actor: null, CommunityHasCoordinator: false, InPersonalChat: true),
            new(InCommunity: false, Actor: null, CommunityHasCoordinator: false),
        ];

        Assert.Equal(
            Constants(typeof(CommandIds)).Where(id => id != CommandIds.Help).Order(StringComparer.Ordinal),
            commands.Select(c => c.Id).Order(StringComparer.Ordinal));
        // "beslutning B-2026-014" is reached from the log's buttons; help offers every other command to someone.
        Assert.All(commands.Where(c => c.Id != CommandIds.DecisionShow),
            c => Assert.True(audiences.Any(c.IsOfferedTo), $"Help offers {c.Id} to no one"));
    }

    [Fact]
    public void Help_lists_the_commands_in_the_order_of_their_features_and_their_help_order()
    {
        string[] before =
        [
            CommandIds.Setup, CommandIds.Roles, CommandIds.Language,
            CommandIds.DecisionNew, CommandIds.DecisionShow, CommandIds.Decisions, CommandIds.DecisionsExport, CommandIds.Export,
            CommandIds.OnboardingNew, CommandIds.OnboardingStatus, CommandIds.OnboardingTemplate,
            CommandIds.Tasks, CommandIds.TaskNew, CommandIds.Nudge,
            CommandIds.MeetingNew, CommandIds.Meetings, CommandIds.Minutes, CommandIds.YearlyWheel,
            CommandIds.WishNew, CommandIds.Wishes, CommandIds.Backlog,
            CommandIds.Community, CommandIds.MyData, CommandIds.DeleteMyData, CommandIds.DeleteFormerMemberData,
            CommandIds.Status, CommandIds.Governance,
        ];

        // A command added later may go anywhere; these keep the order help has always shown them in.
        Assert.Equal(before, _app.Services.GetServices<ICommand>().Select(c => c.Id).Where(before.Contains));
    }

    private static IEnumerable<string> Constants(Type type) => type.GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!);
}
