using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CoordinatorBot.Generators;

/// <summary>
/// Generates the typed accessors of each <c>*Texts.resx</c> of Cards as members of <c>Texts</c>: a property per text, a
/// method per text with placeholders taking exactly as many arguments — so a key that does not exist, or a text called
/// with the wrong number of values, does not compile. A translation (<c>*.en.resx</c>) that lacks a key, has one the Danish file lacks, or
/// uses other placeholders is a build error. A method marked <c>[TextPerValue]</c> gets its switch over its enum's
/// values, and a value without its text is a build error too.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TextsGenerator : IIncrementalGenerator
{
    private static readonly DiagnosticDescriptor MissingTranslation = new("TEXTS001", "A text lacks its translation",
        "{0}: '{1}' has no text in {2}", "Texts", DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor UnknownKey = new("TEXTS002", "A translation has a key the Danish file lacks",
        "{0}: '{1}' is not in the Danish file", "Texts", DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor OtherPlaceholders = new("TEXTS003", "A translation takes other values than the Danish text",
        "{0}: '{1}' takes {2} values in Danish and {3} in {4}", "Texts", DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor MissingValueText = new("TEXTS004", "An enum value has no text",
        "{0}: {1} has no text '{2}' without placeholders in any texts file", "Texts", DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor NotPerValue = new("TEXTS005", "A [TextPerValue] method does not name an enum's values",
        "{0} must be a partial method that takes one enum and returns a string", "Texts", DiagnosticSeverity.Error, isEnabledByDefault: true);

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(file => ResxFile.IsTexts(file.Path))
            .Select((file, cancellationToken) => ResxFile.Read(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .Collect();
        var project = context.AnalyzerConfigOptionsProvider.Select((options, _) =>
        (
            Directory: options.GlobalOptions.TryGetValue("build_property.ProjectDir", out var dir) ? dir : string.Empty,
            Namespace: options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var ns) ? ns : "CoordinatorBot.Cards"
        ));
        context.RegisterSourceOutput(files.Combine(project), static (output, input) => Emit(output, input.Left, input.Right.Directory, input.Right.Namespace));

        var perValue = context.SyntaxProvider
            .ForAttributeWithMetadataName(TextPerValueMethod.AttributeName, static (node, _) => true, static (context, _) => TextPerValueMethod.Read(context))
            .Collect();
        context.RegisterSourceOutput(perValue.Combine(files), static (output, input) => EmitPerValue(output, input.Left, input.Right));
    }

    private static void Emit(SourceProductionContext output, IReadOnlyList<ResxFile> files, string projectDirectory, string rootNamespace)
    {
        var neutrals = files.Where(f => f.Culture is null).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        if (neutrals.Count == 0)
        {
            return;
        }

        foreach (var neutral in neutrals)
        {
            // The manifest name MSBuild gives an embedded resx: the root namespace, the folders, the file's name.
            var folder = Relative(projectDirectory, neutral.Folder).Replace(Path.DirectorySeparatorChar, '.').Replace('/', '.');
            var resourceName = folder.Length == 0 ? $"{rootNamespace}.{neutral.Name}" : $"{rootNamespace}.{folder}.{neutral.Name}";
            Check(output, neutral, files.Where(f => f.Culture is not null && f.Name == neutral.Name && f.Folder == neutral.Folder));
            output.AddSource($"Texts.{neutral.Name}.g.cs", SourceText.From(
                TextsSource.Write(neutral.Name, resourceName, neutral.Texts), System.Text.Encoding.UTF8));
        }

        output.AddSource("Texts.Files.g.cs", SourceText.From(TextsSource.WriteFiles(neutrals.Select(n => n.Name)), System.Text.Encoding.UTF8));
    }

    private static void EmitPerValue(SourceProductionContext output, IReadOnlyList<TextPerValueMethod> methods, IReadOnlyList<ResxFile> files)
    {
        // Every neutral file's key is a member of Texts; only one without placeholders is a property a switch can return.
        var properties = new HashSet<string>(files.Where(f => f.Culture is null).SelectMany(f => f.Texts).Where(t => t.Arguments == 0).Select(t => t.Key));
        var valid = new List<TextPerValueMethod>();
        foreach (var method in methods)
        {
            if (method.EnumType is null)
            {
                output.ReportDiagnostic(Diagnostic.Create(NotPerValue, method.Location, method.Name));
                continue;
            }

            var missing = method.Keys.Where(k => !properties.Contains(k.Key)).ToList();
            foreach (var (value, key) in missing)
            {
                output.ReportDiagnostic(Diagnostic.Create(MissingValueText, method.Location, method.Name, value, key));
            }

            if (missing.Count == 0)
            {
                valid.Add(method);
            }
        }

        if (valid.Count > 0)
        {
            output.AddSource("Texts.PerValue.g.cs", SourceText.From(TextsSource.WritePerValue(valid.OrderBy(m => m.Name, StringComparer.Ordinal)), System.Text.Encoding.UTF8));
        }
    }

    private static void Check(SourceProductionContext output, ResxFile neutral, IEnumerable<ResxFile> translations)
    {
        foreach (var translation in translations)
        {
            var translated = translation.Texts.GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.First());
            var name = Path.GetFileName(translation.Path);
            foreach (var text in neutral.Texts)
            {
                if (!translated.TryGetValue(text.Key, out var other) || other.Value.Trim().Length == 0)
                {
                    output.ReportDiagnostic(Diagnostic.Create(MissingTranslation, Location.None, Path.GetFileName(neutral.Path), text.Key, name));
                }
                else if (other.Arguments != text.Arguments)
                {
                    output.ReportDiagnostic(Diagnostic.Create(OtherPlaceholders, Location.None, name, text.Key, text.Arguments, other.Arguments, translation.Culture));
                }
            }

            foreach (var key in translated.Keys.Except(neutral.Texts.Select(t => t.Key)))
            {
                output.ReportDiagnostic(Diagnostic.Create(UnknownKey, Location.None, name, key));
            }
        }
    }

    private static string Relative(string projectDirectory, string folder)
    {
        var root = projectDirectory.TrimEnd('/', Path.DirectorySeparatorChar);
        return folder.StartsWith(root, StringComparison.Ordinal) ? folder.Substring(root.Length).Trim('/', Path.DirectorySeparatorChar) : string.Empty;
    }
}
