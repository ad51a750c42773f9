namespace CoordinatorBot.Tests.Conversation;

[Trait("Category", "Unit")]
public sealed class CommandMatcherTests
{
    private readonly CommandMatcher _matcher = new([CommandIds.Help, CommandIds.Setup, CommandIds.Roles]);

    [Theory]
    [InlineData("hjælp", CommandIds.Help, Language.Danish)]
    [InlineData("HJÆLP", CommandIds.Help, Language.Danish)]
    [InlineData("hjaelp", CommandIds.Help, Language.Danish)]
    [InlineData("help", CommandIds.Help, Language.English)]
    [InlineData("Opsætning", CommandIds.Setup, Language.Danish)]
    [InlineData("opsaetning", CommandIds.Setup, Language.Danish)]
    [InlineData("setup", CommandIds.Setup, Language.English)]
    [InlineData("roller", CommandIds.Roles, Language.Danish)]
    [InlineData("Roles", CommandIds.Roles, Language.English)]
    public void Danish_and_English_words_find_their_command_and_tell_the_language(string text, string id, Language language)
    {
        var match = _matcher.Match(text);

        Assert.Equal(id, match.CommandId);
        Assert.Equal(language, match.Language);
    }

    [Fact]
    public void What_follows_the_command_words_is_its_arguments()
    {
        var match = _matcher.Match("roller  Karen Jensen");

        Assert.Equal(CommandIds.Roles, match.CommandId);
        Assert.Equal("Karen Jensen", match.Arguments);
    }

    [Theory]
    [InlineData("hjlp", "Help")]
    [InlineData("hjælpe", "Help")]
    [InlineData("opsætnig", "Setup")]
    [InlineData("rolel", "Roles")]
    [InlineData("setpu", "Setup")]
    [InlineData("rollr", "Roles")]
    public void A_typo_is_not_run_but_the_closest_command_is_suggested(string typo, string commandId)
    {
        var match = _matcher.Match(typo);

        Assert.Null(match.CommandId);
        Assert.Equal(commandId, match.Suggestions[0].CommandId);
    }

    [Theory]
    [InlineData("hvad er klokken")]
    [InlineData("xyzzy")]
    public void Something_far_from_every_command_gets_no_suggestion(string text)
    {
        var match = _matcher.Match(text);

        Assert.Null(match.CommandId);
        Assert.Empty(match.Suggestions);
    }

    [Fact]
    public void A_commands_own_word_without_the_command_is_offered_as_the_command_with_the_whole_message()
    {
        var matcher = new CommandMatcher([CommandIds.Help, CommandIds.Nudge, CommandIds.Decisions],
            new Dictionary<string, IReadOnlyList<string>> { [CommandIds.Nudge] = ["pause", "ferie", "away"] });

        var match = matcher.Match("Ferie 3. januar 2027");

        Assert.Null(match.CommandId);
        Assert.Equal(new SuggestedCommand(CommandIds.Nudge, "Ferie", "Ferie 3. januar 2027"), match.Suggestions[0]);
        Assert.Empty(matcher.Match("til mødet i morgen").Suggestions);
    }

    [Fact]
    public void A_typo_keeps_the_words_after_it_as_the_arguments()
    {
        var matcher = new CommandMatcher([CommandIds.Help, CommandIds.Decisions, CommandIds.DecisionNew]);

        Assert.Equal(new SuggestedCommand(CommandIds.Decisions, string.Empty, "arkitektur 2026"), matcher.Match("beslutnnger arkitektur 2026").Suggestions[0]);
    }
}
