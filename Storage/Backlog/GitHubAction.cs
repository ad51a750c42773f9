namespace CoordinatorBot.Storage.Backlog;

/// <summary>What a GitHub queue row asks for.</summary>
public enum GitHubAction
{
    CreateIssue,
    CloseIssue,
}
