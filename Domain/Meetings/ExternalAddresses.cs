using CoordinatorBot.Domain.Input;

namespace CoordinatorBot.Domain.Meetings;

/// <summary>
/// External attendees as the coordinator types them: addresses separated by commas, semicolons or lines, each bare
/// ("jje@odense.dk") or with a name ("Jens Jensen &lt;jje@odense.dk&gt;", read by <see cref="ContactText"/>).
/// </summary>
public static partial class ExternalAddresses
{
    /// <summary>The addresses found (lower case, each once) and the entries that are no address.</summary>
    public static (IReadOnlyList<string> Addresses, IReadOnlyList<string> Invalid) Parse(string? text)
    {
        var addresses = new List<string>();
        var invalid = new List<string>();
        foreach (var entry in (text ?? string.Empty).Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var address = Bare().IsMatch(entry) ? entry.Trim('<', '>') : ContactText.TryParse(entry)?.Email;
            if (address is null)
            {
                invalid.Add(entry);
            }
            else if (!addresses.Contains(address.ToLowerInvariant()))
            {
                addresses.Add(address.ToLowerInvariant());
            }
        }

        return (addresses, invalid);
    }

    [GeneratedRegex(@"^<?[^\s@<>,;:()\[\]""']+@[^\s@<>,;:()\[\]""']+\.[A-Za-z]{2,}>?$")]
    private static partial Regex Bare();
}
