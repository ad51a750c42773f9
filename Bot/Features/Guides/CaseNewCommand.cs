using CoordinatorBot.Domain.Guides;

namespace CoordinatorBot.Bot.Features.Guides;

/// <summary>"case ny": the form for a user case.</summary>
[HelpOrder(2)]
public sealed class CaseNewCommand(GuideReplies replies) : ProposalFormCommand(replies, CommandIds.CaseNew, GuideKind.Case);
