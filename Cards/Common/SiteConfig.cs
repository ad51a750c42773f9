namespace CoordinatorBot.Cards.Common;

/// <summary>
/// The export's _config.yml: the just-the-docs theme through GitHub Pages' remote_theme, the product's name as the
/// site's title and the language, so that the zip's folder builds as a site without being edited.
/// </summary>
public static class SiteConfig
{
    public static string Write(string productName, Texts texts)
    {
        var yml = new StringBuilder();
        yml.Append("title: ").Append(MarkdownText.Yaml($"{productName} · {texts.ExportHomeTitle}")).Append('\n');
        yml.Append("description: ").Append(MarkdownText.Yaml(texts.ExportHomeIntro)).Append('\n');
        yml.Append("lang: ").Append(texts.Language.Code()).Append('\n');
        yml.Append("remote_theme: just-the-docs/just-the-docs\n");
        yml.Append("plugins:\n  - jekyll-remote-theme\n  - jekyll-relative-links\n");
        yml.Append("relative_links:\n  enabled: true\n  collections: false\n");
        yml.Append("search_enabled: true\n");
        return yml.ToString();
    }
}
