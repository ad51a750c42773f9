using System.Net.Sockets;

namespace CoordinatorBot.Tests.Support;

/// <summary>
/// A TCP line between the bot and Azurite that a test can cut: <see cref="Refuse"/> resets every connection, as a
/// storage account that is gone; <see cref="Silence"/> holds connections open and answers nothing, as a network that
/// drops packets; <see cref="Restore"/> lets new connections through again.
/// </summary>
public sealed class StorageLine : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _target;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private readonly List<(TcpClient Client, TcpClient? Upstream)> _open = [];
    private State _state = State.Open;

    private enum State { Open, Refused, Silent }

    private StorageLine(IPEndPoint target) => _target = target;

    /// <summary>The connection string of <paramref name="storage"/> with its table endpoint through this line.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public static StorageLine Start(string storage)
    {
        var endpoint = new Uri(storage.Split(';').Single(p => p.StartsWith("TableEndpoint=", StringComparison.Ordinal))["TableEndpoint=".Length..]);
        var line = new StorageLine(new IPEndPoint(IPAddress.Loopback, endpoint.Port));
        line._listener.Start();
        var port = ((IPEndPoint)line._listener.LocalEndpoint).Port;
        line.ConnectionString = storage.Replace($":{endpoint.Port}/", $":{port}/", StringComparison.Ordinal);
        _ = line.AcceptAsync();
        return line;
    }

    public void Refuse() => Cut(State.Refused);

    public void Silence() => Cut(State.Silent);

    public void Restore()
    {
        lock (_lock)
        {
            _state = State.Open;
        }
    }

    private void Cut(State state)
    {
        List<(TcpClient Client, TcpClient? Upstream)> open;
        lock (_lock)
        {
            _state = state;
            open = [.. _open];
            _open.Clear();
        }

        foreach (var (client, upstream) in open)
        {
            upstream?.Dispose();
            if (state == State.Refused)
            {
                Reset(client);
            }
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                return;
            }

            State state;
            lock (_lock)
            {
                state = _state;
            }

            switch (state)
            {
                case State.Refused:
                    Reset(client);
                    break;
                case State.Silent:
                    // Held open, never answered; closed when the line is disposed.
                    lock (_lock)
                    {
                        _open.Add((client, null));
                    }

                    break;
                default:
                    _ = PassAsync(client);
                    break;
            }
        }
    }

    private async Task PassAsync(TcpClient client)
    {
        var upstream = new TcpClient();
        try
        {
            await upstream.ConnectAsync(_target, _stopping.Token);
            lock (_lock)
            {
                // Cut while this connection was being made: it must not outlive the cut.
                if (_state != State.Open)
                {
                    return;
                }

                _open.Add((client, upstream));
            }

            await Task.WhenAny(
                client.GetStream().CopyToAsync(upstream.GetStream(), _stopping.Token),
                upstream.GetStream().CopyToAsync(client.GetStream(), _stopping.Token));
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The line was cut or the connection closed.
        }
        finally
        {
            bool silent;
            lock (_lock)
            {
                silent = _state == State.Silent;
                _open.RemoveAll(c => c.Client == client);
                if (silent)
                {
                    _open.Add((client, null));
                }
            }

            upstream.Dispose();
            if (!silent)
            {
                client.Dispose();
            }
        }
    }

    private static void Reset(TcpClient client)
    {
        try
        {
            // A disposed client has no socket any more.
            client.Client?.LingerState = new LingerOption(true, 0);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Closed already.
        }

        client.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        _listener.Stop();
        Cut(State.Refused);
        _stopping.Dispose();
        return ValueTask.CompletedTask;
    }
}
