using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CoordinatorBot.Benchmarks;

/// <summary>
/// A process the benchmark starts and measures from outside: its output drained (the last lines kept for a failure),
/// its resident memory read from /proc, stopped with SIGKILL at the end.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private ChildProcess(string name, Process process, Uri address, long startedAt)
    {
        Name = name;
        _process = process;
        Address = address;
        StartedAt = startedAt;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }
    public Uri Address { get; }
    public Uri Messages => new(Address, "/api/messages");
    public int Id => _process.Id;

    /// <summary>The CPU time the process has used so far, all its threads.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }
    public bool HasExited => _process.HasExited;

    /// <summary>The timestamp (<see cref="Stopwatch.GetTimestamp"/>) taken just before the process was started.</summary>
    public long StartedAt { get; }

    public string LastLines
    {
        get
        {
            lock (_lastLines)
            {
                return string.Join('\n', _lastLines);
            }
        }
    }

    /// <summary>Starts <paramref name="start"/> with the port it is to listen on put in by <paramref name="withPort"/>.</summary>
    public static ChildProcess Start(string name, ProcessStartInfo start, Action<ProcessStartInfo, int> withPort)
    {
        var port = FreePort();
        withPort(start, port);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var startedAt = Stopwatch.GetTimestamp();
        return new ChildProcess(name, Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"), startedAt);
    }

    /// <summary>Resident memory now and at its peak (VmRSS, VmHWM of /proc/PID/status), in MB.</summary>
    public (double Rss, double Peak) Memory()
    {
        double Read(string[] lines, string key) =>
            lines.FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal)) is { } line
                ? double.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024 : double.NaN;
        var status = File.ReadAllLines($"/proc/{Id}/status");
        return (Read(status, "VmRSS:"), Read(status, "VmHWM:"));
    }

    /// <summary>Waits until something listens on the process's port.</summary>
    public async Task WaitForPortAsync(TimeSpan within)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < within)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} stopped at start-up ({_process.ExitCode}):\n{LastLines}");
            }

            try
            {
                using var socket = new TcpClient();
                await socket.ConnectAsync(IPAddress.Loopback, Address.Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(20);
            }
        }

        throw new TimeoutException($"{Name} did not listen within {within.TotalSeconds} s:\n{LastLines}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 40)
            {
                _lastLines.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
