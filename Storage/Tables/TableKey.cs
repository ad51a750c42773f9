using System.Security.Cryptography;
using System.Text;

namespace CoordinatorBot.Storage.Tables;

/// <summary>
/// Makes any id usable as a PartitionKey or RowKey. Table keys may not hold '/', '\', '#', '?' or control
/// characters and may be at most 1 KiB; Teams ids can in principle break both rules, and a forged activity will.
/// Escaping is reversible and leaves ordinary ids unchanged; an id whose escaped form would be longer than
/// <see cref="MaxLength"/> keeps its start and ends in a hash of the whole, so it is still one key per id (only such a
/// key cannot be unescaped back to its id).
/// </summary>
public static class TableKey
{
    /// <summary>Characters of one escaped id: 1 KiB is 512 UTF-16 characters, with room left for a key's prefix.</summary>
    public const int MaxLength = 400;

    // '%' is always escaped, so an escaped id never holds "%~": the marker cannot be forged by an id.
    private const string HashMarker = "%~";

    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c) || char.IsSurrogate(c))
            {
                // A lone surrogate is not valid UTF-16, so the service could not store it either.
                builder.Append('%').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Length <= MaxLength ? builder.ToString() : Shortened(builder.ToString());
    }

    public static string Unescape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 4 < value.Length &&
                int.TryParse(value.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 4;
            }
            else
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }

    private static string Shortened(string escaped)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(escaped)));
        var keep = MaxLength - HashMarker.Length - hash.Length;

        // Never cut an escape sequence or a surrogate pair in two.
        var cut = keep;
        var escapeStart = escaped.LastIndexOf('%', cut - 1, Math.Min(cut, 5));
        if (escapeStart >= 0 && escapeStart + 5 > cut)
        {
            cut = escapeStart;
        }

        if (cut > 0 && char.IsHighSurrogate(escaped[cut - 1]))
        {
            cut--;
        }

        return string.Concat(escaped.AsSpan(0, cut), HashMarker, hash);
    }
}
