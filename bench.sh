#!/usr/bin/env bash
# The benchmarks (not part of ./test.sh). Each starts Azurite on a free port, prints its numbers and stops what it
# started. Extra arguments go to the benchmark.
#   ./bench.sh [outbox]  2,000 nudges through the bot's outbox sender against a connector that enforces Teams' limits,
#                        then the same with the sender killed (SIGKILL) half way and restarted
#                        (e.g. --messages 500 --rate 30)
#   ./bench.sh turn      every turn through the running bot at 16 concurrent requests beside the I/O floor (one table
#                        read, one upsert, one connector reply); the help turn from outside against the floor and the
#                        official JS SDK (botbuilder), each in its own process; the bot's cold start and memory;
#                        telemetry off and on. About fifteen minutes (README "Benchmarks": the options, e.g. --seconds 8
#                        --rounds 4 --concurrency 16 --turns vote,revote --parts turns,outside,telemetry --profile)
#   ./bench.sh turn --r2r  the same with the bot's executable published ReadyToRun (linux-x64) for the parts from outside
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

EXTRA=()
if [ "$BENCHMARK" = TurnBenchmark ]; then
  ARGS=()
  for arg in "$@"; do
    if [ "$arg" = --r2r ]; then
      # ReadyToRun needs a runtime identifier; the crossgen compiler comes from NuGet on the first publish.
      echo "Publishing the bot ReadyToRun (linux-x64, framework-dependent)..."
      dotnet publish "$ROOT/Bot/Bot.csproj" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
        -o "$RUN_DIR/bot-r2r" --nologo -v quiet >&2
      EXTRA+=(--bot-dll "$RUN_DIR/bot-r2r/CoordinatorBot.Bot.dll")
    else
      ARGS+=("$arg")
    fi
  done
  set -- "${ARGS[@]+"${ARGS[@]}"}"
  EXTRA+=(--node-modules "$TOOLS_DIR/node_modules")
fi

install_local_tools
AZURITE_PORT=$(free_port)
# Without its access log: writing a line per request would cost Azurite more than some requests do.
start_azurite "$AZURITE_PORT" "$RUN_DIR/azurite.log" --silent
# Its process, so that the turn benchmark can say what each turn costs the storage's CPU as well as its own.
[ "$BENCHMARK" = TurnBenchmark ] && EXTRA+=(--storage-pid "${PIDS[-1]}")
dotnet run -c Release --project "$ROOT/Tests/Benchmarks/$BENCHMARK" -- --storage "$(azurite_connection_string "$AZURITE_PORT")" "${EXTRA[@]+"${EXTRA[@]}"}" "$@"
