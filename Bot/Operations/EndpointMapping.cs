namespace CoordinatorBot.Bot.Operations;

/// <summary>
/// HTTP endpoints a part of the bot maps, registered with its services by its one <c>Add…()</c>, so that the
/// application maps them all (<see cref="EndpointMappingExtensions.MapRegisteredEndpoints"/>) without naming each part again.
/// </summary>
public sealed record EndpointMapping(Action<IEndpointRouteBuilder> Map);
