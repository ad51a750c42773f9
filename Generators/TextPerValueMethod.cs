using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CoordinatorBot.Generators;

/// <summary>
/// A partial method of <c>Texts</c> marked <c>[TextPerValue]</c>, as the build reads it: what its body
/// needs and the keys it will read.
/// </summary>
/// <param name="Accessibility">"public", "internal", …: as the declaration says, which the body must repeat.</param>
/// <param name="EnumType">
/// The enum of the one parameter, fully qualified; null unless the method is a partial one of Texts that takes one enum
/// and returns a string.
/// </param>
/// <param name="Values">The enum's values in declaration order.</param>
/// <param name="KeyPrefix">The attribute's, or the method's name without "Name": StatusMarkName reads "StatusMarkOnTrack", ….</param>
internal sealed record TextPerValueMethod(
    string Name, string Accessibility, string Parameter, string? EnumType, IReadOnlyList<string> Values, string KeyPrefix,
    string? NoTextFor, Location? Location)
{
    public const string AttributeName = "CoordinatorBot.Cards.Localization.TextPerValueAttribute";

    /// <summary>The values that name themselves, each with its key.</summary>
    public IEnumerable<(string Value, string Key)> Keys =>
        Values.Where(v => v != NoTextFor).Select(v => (v, KeyPrefix + v));

    public static TextPerValueMethod Read(GeneratorAttributeSyntaxContext context)
    {
        var method = (IMethodSymbol)context.TargetSymbol;
        var attribute = context.Attributes[0];
        const string suffix = "Name";
        var keyPrefix = attribute.ConstructorArguments.FirstOrDefault().Value as string
            ?? (method.Name.EndsWith(suffix, StringComparison.Ordinal) ? method.Name.Substring(0, method.Name.Length - suffix.Length) : method.Name);
        var noTextFor = attribute.NamedArguments.Where(a => a.Key == "NoTextFor").Select(a => a.Value.Value as string).FirstOrDefault();
        var takes = method.IsPartialDefinition && method.ContainingType.Name == "Texts" && method.Parameters.Length == 1
            && method.ReturnType.SpecialType == SpecialType.System_String ? method.Parameters[0].Type : null;
        var enumType = takes is INamedTypeSymbol { TypeKind: TypeKind.Enum } named ? named : null;
        return new TextPerValueMethod(method.Name, Keyword(method.DeclaredAccessibility),
            method.Parameters.Length == 1 ? method.Parameters[0].Name : string.Empty,
            enumType?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            enumType?.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name).ToList() ?? [],
            keyPrefix, noTextFor, context.TargetNode.GetLocation());
    }

    private static string Keyword(Accessibility accessibility) => accessibility switch
    {
        Microsoft.CodeAnalysis.Accessibility.Public => "public",
        Microsoft.CodeAnalysis.Accessibility.Internal => "internal",
        Microsoft.CodeAnalysis.Accessibility.Protected => "protected",
        Microsoft.CodeAnalysis.Accessibility.ProtectedOrInternal => "protected internal",
        Microsoft.CodeAnalysis.Accessibility.ProtectedAndInternal => "private protected",
        _ => "private",
    };
}
