using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Domain.Status;

/// <summary>One MoSCoW class of the backlog: how many items, their estimates, and how much of it is committed.</summary>
public sealed record ClassLine(MoscowClass Class, int Count, Estimate Total, Estimate Committed);
