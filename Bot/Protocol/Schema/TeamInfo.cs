using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoordinatorBot.Bot.Protocol.Schema;

public sealed record TeamInfo(string? Id, string? Name = null, string? AadGroupId = null);
