using Microsoft.IdentityModel.Tokens;

namespace CoordinatorBot.Bot.Protocol.Authentication;

/// <summary>
/// The signing keys published at a metadata address, with the Bot Connector's endorsements: for each key id, the
/// channels ("msteams", ...) that key may sign for.
/// </summary>
public sealed record SigningKeySet(IReadOnlyList<SecurityKey> Keys, IReadOnlyDictionary<string, IReadOnlySet<string>> Endorsements);
