using Markdig;

namespace CoordinatorBot.Tests.Support;

/// <summary>
/// An exported Markdown page as the just-the-docs site would build it: Liquid first (DotLiquid, a port of the Liquid
/// that Jekyll runs), then the YAML front matter split off, then the Markdown (Markdig, with pipe tables as GFM has them).
/// </summary>
public static class JekyllPage
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>The page after Liquid: the same text when nothing in it is a tag.</summary>
    public static string Liquid(string text) => DotLiquid.Template.Parse(text).Render();

    /// <summary>Front matter as Jekyll finds it: from the first line "---" to the next line that is "---" or "...".</summary>
    public static (string Yaml, string Body) FrontMatter(string page)
    {
        var lines = page.Split('\n');
        Assert.Equal("---", lines[0]);
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        Assert.True(end > 0, "The front matter never ends.");
        return (string.Join('\n', lines[1..end]), string.Join('\n', lines[(end + 1)..]));
    }

    public static string Body(string page) => FrontMatter(page).Body;
}
