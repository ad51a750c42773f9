namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>"eksportér beslutninger" / "export decisions": a signed download link, valid for 15 minutes.</summary>
[HelpOrder(4)]
public sealed class DecisionsExportCommand(LinkSigner signer) : ExportLinkCommand(signer, CommandIds.DecisionsExport);
