#!/usr/bin/env bash
# Runs every test: starts Azurite and the Agents Playground on free loopback ports, brings the Bicep CLI from NuGet
# (the deployment checks), runs `dotnet test`, stops what it started, and exits non-zero when anything failed.
#   ./test.sh --fast   only the unit tests (Category=Unit): no Azurite, no Playground, no Chromium; seconds.
# Other arguments go to `dotnet test`, e.g. --filter "FullyQualifiedName~Authentication".
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
. "$ROOT/scripts/local-tools.sh"

FAST=0
ARGS=()
FILTER=""
while [ $# -gt 0 ]; do
  case "$1" in
    --fast) FAST=1 ;;
    --filter) FILTER="$2"; shift ;;
    --filter=*) FILTER="${1#--filter=}" ;;
    *) ARGS+=("$1") ;;
  esac
  shift
done
if [ "$FAST" = 1 ]; then
  FILTER="${FILTER:+($FILTER)&}Category=Unit"
fi
[ -n "$FILTER" ] && ARGS+=(--filter "$FILTER")

RUN_DIR="$(mktemp -d)"
trap 'stop_started; rm -rf "$RUN_DIR"' EXIT

if [ "$FAST" = 0 ]; then
  install_local_tools
  install_agents_toolkit

  # The browser test drives Debian's Chromium; as root (CI) it is installed when missing.
  CHROMIUM="$(command -v chromium || true)"
  if [ -z "$CHROMIUM" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Chromium for the browser test..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >"$RUN_DIR/apt.log" 2>&1 \
      || { cat "$RUN_DIR/apt.log" >&2; exit 1; }
    CHROMIUM="$(command -v chromium)"
  fi
  [ -n "$CHROMIUM" ] || echo "Chromium is not installed (apt-get install chromium): the browser test will fail." >&2

  AZURITE_PORT=$(free_port)
  start_azurite "$AZURITE_PORT" "$RUN_DIR/azurite.log"
  BLOB_PORT=$(free_port)
  start_azurite_blob "$BLOB_PORT" "$RUN_DIR/azurite-blob.log"
  BOT_PORT=$(free_port)
  PLAYGROUND_PORT=$(free_port)
  start_playground "$PLAYGROUND_PORT" "$BOT_PORT" "$RUN_DIR/playground.log"

  export COORDINATORBOT_TEST_STORAGE="$(azurite_connection_string "$AZURITE_PORT")"
  export COORDINATORBOT_TEST_BLOB="$(azurite_blob_connection_string "$BLOB_PORT")"
  export COORDINATORBOT_TEST_BOT_PORT="$BOT_PORT"
  export COORDINATORBOT_TEST_PLAYGROUND="http://127.0.0.1:$PLAYGROUND_PORT"
  export COORDINATORBOT_TEST_NODE_MODULES="$ROOT/deploy/local/node_modules"
  export COORDINATORBOT_TEST_ATK="$ROOT/deploy/atk"
  export COORDINATORBOT_TEST_CHROMIUM="$CHROMIUM"
  export COORDINATORBOT_TEST_BICEP="$(bicep_cli)"
fi

status=0
dotnet test "$ROOT/CoordinatorBot.sln" --logger "trx;LogFileName=results.trx" --results-directory "$RUN_DIR/results" \
  "${ARGS[@]}" || status=$?

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

# A failed run keeps the local services' logs (the run folder goes on exit) and shows the Playground's last lines:
# the Playground is shared by its tests, so when they fail together its log tells why.
if [ "$status" != 0 ] && [ "$FAST" = 0 ]; then
  KEPT="$(mktemp -d "${TMPDIR:-/tmp}/coordinatorbot-test-logs.XXXXXX")"
  cp "$RUN_DIR"/*.log "$KEPT"/ 2>/dev/null || true
  [ -d "$RUN_DIR/devTools" ] && cp -r "$RUN_DIR/devTools" "$KEPT"/
  echo "The local services' logs are kept in $KEPT. The Playground's last lines:" >&2
  tail -n 30 "$RUN_DIR/playground.log" >&2 || true
fi
exit "$status"
