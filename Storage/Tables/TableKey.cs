using System.Text;

namespace CoordinatorBot.Storage.Tables;

/// <summary>
/// Makes any id usable as a PartitionKey or RowKey. Table keys may not hold '/', '\', '#', '?' or control
/// characters; Teams ids can in principle. Escaping is reversible and leaves ordinary ids unchanged.
/// </summary>
public static class TableKey
{
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string Unescape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 4 < value.Length)
            {
                builder.Append((char)Convert.ToInt32(value.Substring(i + 1, 4), 16));
                i += 4;
            }
            else
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }
}
