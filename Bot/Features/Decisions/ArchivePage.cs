namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>A Markdown page another feature adds to the decision export, under its own file name.</summary>
public sealed record ArchivePage(string FileName, string Markdown);
