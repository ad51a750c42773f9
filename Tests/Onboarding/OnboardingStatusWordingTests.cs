namespace CoordinatorBot.Tests.Onboarding;

[Trait("Category", "Unit")]
public sealed class OnboardingStatusWordingTests
{
    [Fact]
    public void The_next_steps_owner_is_named_once_and_the_due_date_said_on_its_own()
    {
        var onboarding = OnboardingChecklist.Create("aarhus", ChecklistTemplate.Default,
            new OnboardingDetails("Aarhus", MembershipModel.Os2Member, new Contact("Mette", "mette@aarhus.dk", null), new Contact("Bo", null, "aad-bo"),
                "Magenta", new DateOnly(2027, 3, 1)), new DateOnly(2026, 11, 30), "Alice", DateTimeOffset.UnixEpoch);

        var text = BotHarness.Text(CardJson.ToNode(OnboardingStatusCard.Compose(new Texts(Language.Danish), [onboarding], new DateOnly(2026, 11, 30))));

        Assert.Equal(1, CountOf(text, "(Koordinator)") + CountOf(text, "Koordinator ·"));
        Assert.Contains("Frist 7. december 2026", text, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
