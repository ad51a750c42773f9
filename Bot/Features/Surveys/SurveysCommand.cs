namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>"undersøgelser": the community's surveys with their answer rates, for everyone.</summary>
[HelpOrder(2)]
public sealed class SurveysCommand(SurveyReplies replies) : CommunityCommand(CommandIds.Surveys)
{
    protected override Task<Reply> HandleAsync(CommunityTurn turn, string arguments) => replies.ListAsync(turn);
}
