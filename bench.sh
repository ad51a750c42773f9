#!/usr/bin/env bash
# The benchmarks (not part of ./test.sh). Each starts Azurite on a free port, prints its numbers and stops what it
# started. Extra arguments go to the benchmark.
#   ./bench.sh [outbox]  2,000 nudges through the bot's outbox sender against a connector that enforces Teams'
#                        limits, then the same with the sender killed (SIGKILL) half way and restarted
#                        (e.g. --messages 500 --rate 30)
#   ./bench.sh turn      help, propose, vote, revote and tick turns through the running bot at 16 concurrent
#                        requests, in rounds side by side with the I/O floor (one table read, one upsert, one connector
#                        reply); about two minutes (e.g. --seconds 8 --rounds 4 --concurrency 16 --turns vote,revote)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
. "$ROOT/scripts/local-tools.sh"

BENCHMARK=OutboxBenchmark
case "${1:-}" in
  turn) BENCHMARK=TurnBenchmark; shift ;;
  outbox) shift ;;
esac

RUN_DIR="$(mktemp -d)"
trap 'stop_started; rm -rf "$RUN_DIR"' EXIT

install_local_tools
AZURITE_PORT=$(free_port)
# Without its access log: writing a line per request would cost Azurite more than some requests do.
start_azurite "$AZURITE_PORT" "$RUN_DIR/azurite.log" --silent
dotnet run -c Release --project "$ROOT/Tests/Benchmarks/$BENCHMARK" -- --storage "$(azurite_connection_string "$AZURITE_PORT")" "$@"
