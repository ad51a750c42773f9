namespace CoordinatorBot.Tests.Support;

/// <summary>
/// A test of the protocol layer alone: the real host with <see cref="RecordingActivityHandler"/> in the router's place,
/// so that what reached the handler, and what the caller got back, can be asserted.
/// </summary>
public abstract class RecordingBotTest : IAsyncLifetime
{
    protected const string ServiceUrl = "http://127.0.0.1:9/connector/";

    protected RecordingActivityHandler Handler { get; } = new();

    protected BotHost Bot { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Bot = await BotHost.StartAsync(services: s => s.AddSingleton<IActivityHandler>(Handler));

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    protected async Task<HttpResponseMessage> PostAsync(string body) =>
        await Bot.Client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
}
