using CoordinatorBot.Domain.Guides;

namespace CoordinatorBot.Bot.Features.Guides;

/// <summary>"guide ny": the form for a short guide.</summary>
[HelpOrder(1)]
public sealed class GuideNewCommand(GuideReplies replies) : ProposalFormCommand(replies, CommandIds.GuideNew, GuideKind.Guide);
