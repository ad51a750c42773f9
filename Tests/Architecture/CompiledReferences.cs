using System.Collections.Immutable;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace CoordinatorBot.Tests.Architecture;

/// <summary>
/// What each namespace of a built assembly uses, read from its metadata and IL: base types, interfaces, fields,
/// signatures and every type, method and field a method body names. Unlike the using directives, this sees what a
/// global using, a <c>var</c> or an extension method brings in, so a folder's dependencies cannot hide.
/// </summary>
public sealed class CompiledReferences
{
    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes).GetFields()
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value, o => o.OperandType);

    private readonly MetadataReader _reader;
    private readonly NamespaceProvider _provider;

    private CompiledReferences(MetadataReader reader)
    {
        _reader = reader;
        _provider = new NamespaceProvider(reader);
    }

    /// <summary>Each namespace of the assembly's own types, with the namespaces its types use (its own included).</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var references = new CompiledReferences(pe.GetMetadataReader());
        var uses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var handle in references._reader.TypeDefinitions)
        {
            var owner = references._provider.Namespace(handle);
            if (owner.Length == 0)
            {
                continue;
            }

            if (!uses.TryGetValue(owner, out var used))
            {
                uses[owner] = used = new HashSet<string>(StringComparer.Ordinal);
            }

            references.Collect(handle, pe, used);
        }

        return uses.ToDictionary(u => u.Key, u => (IReadOnlySet<string>)u.Value, StringComparer.Ordinal);
    }

    private void Collect(TypeDefinitionHandle handle, PEReader pe, HashSet<string> used)
    {
        var type = _reader.GetTypeDefinition(handle);
        if (!type.BaseType.IsNil)
        {
            used.UnionWith(OfEntity(type.BaseType));
        }

        foreach (var implementation in type.GetInterfaceImplementations())
        {
            used.UnionWith(OfEntity(_reader.GetInterfaceImplementation(implementation).Interface));
        }

        foreach (var field in type.GetFields())
        {
            used.UnionWith(_reader.GetFieldDefinition(field).DecodeSignature(_provider, null));
        }

        foreach (var methodHandle in type.GetMethods())
        {
            var method = _reader.GetMethodDefinition(methodHandle);
            var signature = method.DecodeSignature(_provider, null);
            used.UnionWith(signature.ReturnType);
            used.UnionWith(signature.ParameterTypes.SelectMany(p => p));
            if (method.RelativeVirtualAddress != 0)
            {
                CollectBody(pe.GetMethodBody(method.RelativeVirtualAddress), used);
            }
        }
    }

    private void CollectBody(MethodBodyBlock body, HashSet<string> used)
    {
        if (!body.LocalSignature.IsNil)
        {
            var locals = _reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(_provider, null);
            used.UnionWith(locals.SelectMany(l => l));
        }

        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            short code = il.ReadByte();
            if (code == 0xFE)
            {
                code = (short)(0xFE00 | il.ReadByte());
            }

            switch (Operands[code])
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok:
                    used.UnionWith(OfEntity(MetadataTokens.EntityHandle(il.ReadInt32())));
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineSig or OperandType.InlineString or OperandType.ShortInlineR:
                    il.Offset += 4;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
            }
        }
    }

    /// <summary>The namespaces a type, method or field token names: its declaring type and any generic arguments.</summary>
    private IEnumerable<string> OfEntity(EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeDefinition => [_provider.Namespace((TypeDefinitionHandle)handle)],
        HandleKind.TypeReference => [_provider.Namespace((TypeReferenceHandle)handle)],
        HandleKind.TypeSpecification => _reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(_provider, null),
        HandleKind.MethodDefinition => [_provider.Namespace(_reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType())],
        HandleKind.FieldDefinition => [_provider.Namespace(_reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType())],
        HandleKind.MemberReference => OfEntity(_reader.GetMemberReference((MemberReferenceHandle)handle).Parent),
        HandleKind.MethodSpecification => OfMethodSpecification((MethodSpecificationHandle)handle),
        _ => [],
    };

    private IEnumerable<string> OfMethodSpecification(MethodSpecificationHandle handle)
    {
        var specification = _reader.GetMethodSpecification(handle);
        return OfEntity(specification.Method).Concat(specification.DecodeSignature(_provider, null).SelectMany(a => a));
    }

    /// <summary>Decodes a signature into the namespaces of the types it names (a type's outermost declaring type's).</summary>
    private sealed class NamespaceProvider(MetadataReader reader) : ISignatureTypeProvider<ImmutableArray<string>, object?>
    {
        public string Namespace(TypeDefinitionHandle handle)
        {
            var type = reader.GetTypeDefinition(handle);
            return type.GetDeclaringType() is { IsNil: false } outer ? Namespace(outer) : reader.GetString(type.Namespace);
        }

        public string Namespace(TypeReferenceHandle handle)
        {
            var type = reader.GetTypeReference(handle);
            return type.ResolutionScope.Kind == HandleKind.TypeReference
                ? Namespace((TypeReferenceHandle)type.ResolutionScope)
                : reader.GetString(type.Namespace);
        }

        public ImmutableArray<string> GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind) => [Namespace(handle)];

        public ImmutableArray<string> GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind) => [Namespace(handle)];

        public ImmutableArray<string> GetTypeFromSpecification(MetadataReader metadata, object? context, TypeSpecificationHandle handle, byte rawTypeKind) =>
            metadata.GetTypeSpecification(handle).DecodeSignature(this, context);

        public ImmutableArray<string> GetGenericInstantiation(ImmutableArray<string> genericType, ImmutableArray<ImmutableArray<string>> typeArguments) =>
            [.. genericType, .. typeArguments.SelectMany(a => a)];

        public ImmutableArray<string> GetArrayType(ImmutableArray<string> elementType, ArrayShape shape) => elementType;

        public ImmutableArray<string> GetSZArrayType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetByReferenceType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPointerType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPinnedType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetModifiedType(ImmutableArray<string> modifier, ImmutableArray<string> unmodifiedType, bool isRequired) => unmodifiedType;

        public ImmutableArray<string> GetFunctionPointerType(MethodSignature<ImmutableArray<string>> signature) =>
            [.. signature.ReturnType, .. signature.ParameterTypes.SelectMany(p => p)];

        public ImmutableArray<string> GetGenericMethodParameter(object? context, int index) => [];

        public ImmutableArray<string> GetGenericTypeParameter(object? context, int index) => [];

        public ImmutableArray<string> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];
    }
}
