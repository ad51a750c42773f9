using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CoordinatorBot.Generators;

/// <summary>A resx file read for its texts: "DecisionTexts.resx" (the neutral language) or "DecisionTexts.en.resx".</summary>
internal sealed class ResxFile
{
    private static readonly Regex Placeholder = new(@"(?<!\{)\{(\d+)(?:[,:][^}]*)?\}", RegexOptions.Compiled);

    private ResxFile(string path, string name, string? culture, IReadOnlyList<ResxText> texts)
    {
        Path = path;
        Name = name;
        Culture = culture;
        Texts = texts;
    }

    public string Path { get; }

    /// <summary>The file's name without culture and extension: "DecisionTexts".</summary>
    public string Name { get; }

    /// <summary>"en" for DecisionTexts.en.resx; null for the neutral file.</summary>
    public string? Culture { get; }

    public IReadOnlyList<ResxText> Texts { get; }

    public string Folder => System.IO.Path.GetDirectoryName(Path) ?? string.Empty;

    public static ResxFile Read(string path, string content)
    {
        var parts = System.IO.Path.GetFileNameWithoutExtension(path).Split('.');
        var texts = XDocument.Parse(content).Root!.Elements("data")
            .Where(d => d.Attribute("type") is null)
            .Select(d =>
            {
                var value = (string?)d.Element("value") ?? string.Empty;
                var arguments = Placeholder.Matches(value).Cast<Match>()
                    .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1)
                    .DefaultIfEmpty(0).Max();
                return new ResxText((string)d.Attribute("name")!, value, arguments);
            })
            .ToList();
        return new ResxFile(path, parts[0], parts.Length > 1 ? parts[parts.Length - 1] : null, texts);
    }

    public static bool IsTexts(string path) =>
        path.EndsWith(".resx", StringComparison.OrdinalIgnoreCase) &&
        System.IO.Path.GetFileName(path).Split('.')[0].EndsWith("Texts", StringComparison.Ordinal);
}
