using CoordinatorBot.Bot.Conversation.Dialogs;

namespace CoordinatorBot.Tests.Conversation;

/// <summary>Where a dialog is kept: one per person per channel, whichever thread of it a message comes from.</summary>
[Trait("Category", "Unit")]
public sealed class DialogPlaceTests
{
    [Fact]
    public void A_reply_in_the_thread_and_a_new_post_in_the_same_channel_are_the_same_place() =>
        Assert.Equal(
            DialogRunner.PlaceOf(In("19:abc@thread.tacv2;messageid=1732871234567")),
            DialogRunner.PlaceOf(In("19:abc@thread.tacv2;messageid=1732871299999")));

    [Fact]
    public void The_place_of_a_channel_is_the_channel_without_its_thread() =>
        Assert.Equal("19:abc@thread.tacv2", DialogRunner.PlaceOf(In("19:abc@thread.tacv2;messageid=1")));

    [Fact]
    public void Another_channel_is_another_place() =>
        Assert.NotEqual(
            DialogRunner.PlaceOf(In("19:abc@thread.tacv2;messageid=1")),
            DialogRunner.PlaceOf(In("19:xyz@thread.tacv2;messageid=1")));

    [Theory]
    [InlineData("a:1Zx9personal-chat")]
    [InlineData("19:abc@thread.skype")]
    [InlineData("50766f41-5765-49b4-98f3-c670fccdf3ae")]
    public void A_chat_without_threads_is_its_own_place(string conversation) =>
        Assert.Equal(conversation, DialogRunner.PlaceOf(In(conversation)));

    private static Activity In(string conversation) => new() { Type = ActivityTypes.Message, Conversation = new ConversationAccount { Id = conversation } };
}
