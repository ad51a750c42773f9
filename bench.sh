#!/usr/bin/env bash
# The outbox benchmark: 2,000 nudges through the bot's outbox sender against a connector that enforces Teams' limits,
# then the same with the sender killed (SIGKILL) half way and restarted. Starts Azurite on a free port, prints the
# numbers, stops what it started. Extra arguments go to the benchmark (e.g. --messages 500 --rate 30).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
. "$ROOT/scripts/local-tools.sh"
RUN_DIR="$(mktemp -d)"
trap 'stop_started; rm -rf "$RUN_DIR"' EXIT

install_local_tools
AZURITE_PORT=$(free_port)
start_azurite "$AZURITE_PORT" "$RUN_DIR/azurite.log"
dotnet run -c Release --project "$ROOT/Tests/Benchmarks/OutboxBenchmark" -- --storage "$(azurite_connection_string "$AZURITE_PORT")" "$@"
