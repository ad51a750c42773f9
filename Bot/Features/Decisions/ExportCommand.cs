namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>
/// "eksportér" / "export": the whole export as one just-the-docs site; "eksportér beslutninger" (the longer words win)
/// keeps giving the same zip under its old name.
/// </summary>
[HelpOrder(5)]
public sealed class ExportCommand(LinkSigner signer) : ExportLinkCommand(signer, CommandIds.Export);
