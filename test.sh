#!/usr/bin/env bash
# Runs every test: starts Azurite and the Agents Playground on free loopback ports, runs `dotnet test`, stops what
# it started, and exits non-zero when anything failed.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
. "$ROOT/scripts/local-tools.sh"

RUN_DIR="$(mktemp -d)"
trap 'stop_started; rm -rf "$RUN_DIR"' EXIT

install_local_tools

AZURITE_PORT=$(free_port)
start_azurite "$AZURITE_PORT" "$RUN_DIR/azurite.log"
BOT_PORT=$(free_port)
PLAYGROUND_PORT=$(free_port)
start_playground "$PLAYGROUND_PORT" "$BOT_PORT" "$RUN_DIR/playground.log"

export COORDINATORBOT_TEST_STORAGE="$(azurite_connection_string "$AZURITE_PORT")"
export COORDINATORBOT_TEST_BOT_PORT="$BOT_PORT"
export COORDINATORBOT_TEST_PLAYGROUND="http://127.0.0.1:$PLAYGROUND_PORT"
export COORDINATORBOT_TEST_NODE_MODULES="$ROOT/deploy/local/node_modules"

status=0
dotnet test "$ROOT/CoordinatorBot.sln" --logger "trx;LogFileName=results.trx" --results-directory "$RUN_DIR/results" \
  "$@" || status=$?

# A closing line any CI can read, counted from the test results themselves.
if [ -f "$RUN_DIR/results/results.trx" ]; then
  node -e '
    const x = require("fs").readFileSync(process.argv[1], "utf8");
    const c = x.match(/<Counters [^>]*>/)[0];
    const n = k => Number((c.match(new RegExp(k + "=\"(\\d+)\"")) || [0, 0])[1]);
    console.log(`${n("passed")} passed, ${n("failed") + n("error") + n("timeout")} failed, ${n("notExecuted")} skipped`);
  ' "$RUN_DIR/results/results.trx"
else
  echo "0 passed, 1 failed"
  status=1
fi
exit "$status"
