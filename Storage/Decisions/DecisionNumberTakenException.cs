using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>Another decision is stored under the number (409): the proposal goes again under the next.</summary>
public sealed class DecisionNumberTakenException(DecisionNumber number)
    : RequestFailedException(409, $"Decision {number} is stored already, as another decision.");
