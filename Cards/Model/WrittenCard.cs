using System.Text.Json.Serialization;

namespace CoordinatorBot.Cards.Model;

/// <summary>
/// A card inside a message, written with the card's own JSON options whatever options write the message around it
/// (<see cref="CardJson.ToValue"/>).
/// </summary>
[JsonConverter(typeof(WrittenCardConverter))]
internal sealed record WrittenCard(AdaptiveCard Card);
