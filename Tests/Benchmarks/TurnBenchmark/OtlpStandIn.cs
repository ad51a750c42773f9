using CoordinatorBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CoordinatorBot.Benchmarks;

/// <summary>
/// An OpenTelemetry collector on loopback that accepts OTLP/HTTP (protobuf) exports of traces, metrics and logs
/// (POST /v1/traces, /v1/metrics, /v1/logs), reads them whole and answers with an empty success, as a collector does.
/// It counts what it took, so a run shows that telemetry was sent.
/// </summary>
internal sealed class OtlpStandIn : IAsyncDisposable
{
    private LoopbackServer _server = null!;
    private long _requests;
    private long _bytes;

    public Uri Address => _server.Address;
    public long Requests => Interlocked.Read(ref _requests);
    public long Bytes => Interlocked.Read(ref _bytes);

    public static async Task<OtlpStandIn> StartAsync()
    {
        var collector = new OtlpStandIn();
        collector._server = await LoopbackServer.StartAsync(app => app.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            var counting = new CountingStream();
            await context.Request.Body.CopyToAsync(counting, context.RequestAborted);
            Interlocked.Increment(ref collector._requests);
            Interlocked.Add(ref collector._bytes, counting.Length);
            context.Response.ContentType = "application/x-protobuf";
            context.Response.StatusCode = StatusCodes.Status200OK;
        }));
        return collector;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
