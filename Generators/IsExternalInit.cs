namespace System.Runtime.CompilerServices;

/// <summary>What the compiler needs for records and init-only members; netstandard2.0 lacks it.</summary>
internal static class IsExternalInit;
