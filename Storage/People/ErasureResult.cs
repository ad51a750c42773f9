namespace CoordinatorBot.Storage.People;

/// <summary>What an erasure did: the person's pseudonym, the rows deleted and the rows kept under the pseudonym.</summary>
public sealed record ErasureResult(Pseudonym Pseudonym, int Erased, int Pseudonymised);
