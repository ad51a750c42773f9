using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoordinatorBot.Cards.Model;

/// <summary>Writes a <see cref="WrittenCard"/> as its card; a card read back is a JSON tree, never this.</summary>
internal sealed class WrittenCardConverter : JsonConverter<WrittenCard>
{
    public override WrittenCard Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A card is read as a JSON tree.");

    public override void Write(Utf8JsonWriter writer, WrittenCard value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.Card, CardJson.CardType);
}
