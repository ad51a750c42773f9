using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Domain.Communities;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>Pages that belong next to the decisions in the export (approved minutes), from features Decisions does not know.</summary>
public interface IArchivePages
{
    Task<IReadOnlyList<ArchivePage>> PagesAsync(Community community, Texts texts, CancellationToken cancellationToken);
}
