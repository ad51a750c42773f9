using CoordinatorBot.Cards.Surveys;
using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>The closed surveys' results in the export site: an index, a page and a CSV per survey, in a folder of their own.</summary>
public sealed class SurveyExport(SurveyService surveys) : IExportSection
{
    public async Task<IReadOnlyList<(string Path, byte[] Content)>> FilesAsync(Community community, Texts texts, CancellationToken cancellationToken)
    {
        var today = surveys.Today(community);
        var closed = (await surveys.ListAsync(community, cancellationToken)).Where(s => !s.IsOpen(today)).ToList();
        if (closed.Count == 0)
        {
            return [];
        }

        var folder = PageNames.Slug(texts.SurveyListTitle);
        var results = new List<SurveyResults>();
        var files = new List<(string, byte[])>();
        foreach (var survey in closed)
        {
            var (counted, answers) = await surveys.ResultsAsync(community.Id, survey, cancellationToken);
            results.Add(counted);
            files.Add(($"{folder}/{SurveyMarkdown.FileName(survey)}", Encoding.UTF8.GetBytes(SurveyMarkdown.Page(texts, counted))));
            // The published CSV has the counts only: a named survey's answers by person stay in the bot.
            files.Add(($"{folder}/{SurveyMarkdown.FileName(survey)[..^3]}.csv", SurveyCsv.Results(texts, counted with { Survey = survey with { Anonymous = true } }, [])));
        }

        files.Insert(0, ($"{folder}/index.md", Encoding.UTF8.GetBytes(SurveyMarkdown.Index(texts, results))));
        return files;
    }
}
