#!/usr/bin/env bash
# Starts CoordinatorBot locally: Azurite (Table Storage), the bot on 127.0.0.1:3978 (Development, no app id) and
# the Microsoft 365 Agents Playground on 127.0.0.1. Ctrl+C stops all three.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
. "$ROOT/scripts/local-tools.sh"

AZURITE_PORT="${AZURITE_PORT:-10002}"
BOT_PORT="${BOT_PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
LOG_DIR="$ROOT/.run"
mkdir -p "$LOG_DIR"
trap 'echo; echo "Stopping..."; stop_started' EXIT INT TERM

require_free_port "$AZURITE_PORT" Azurite
require_free_port "$BOT_PORT" "the bot"
require_free_port "$PLAYGROUND_PORT" "the Agents Playground"
install_local_tools
echo "Building the bot..."
dotnet build "$ROOT/Bot/Bot.csproj" --nologo -v quiet

start_azurite "$AZURITE_PORT" "$LOG_DIR/azurite.log"

ASPNETCORE_ENVIRONMENT=Development \
Storage__ConnectionString="$(azurite_connection_string "$AZURITE_PORT")" \
  dotnet run --project "$ROOT/Bot/Bot.csproj" --no-build --no-launch-profile --urls "http://127.0.0.1:$BOT_PORT" \
  >"$LOG_DIR/bot.log" 2>&1 &
PIDS+=($!)
wait_for_port "$BOT_PORT" "The bot" "$LOG_DIR/bot.log"

start_playground "$PLAYGROUND_PORT" "$BOT_PORT" "$LOG_DIR/playground.log"

cat <<MSG

CoordinatorBot is running.
  Chat with it:   http://127.0.0.1:$PLAYGROUND_PORT   (the Microsoft 365 Agents Playground)
  Bot endpoint:   http://127.0.0.1:$BOT_PORT/api/messages
  Logs:           $LOG_DIR/

Try "hjælp" in the personal chat, or open "My Team" and write "@Test Bot opsætning".
Press Ctrl+C to stop.
MSG
# Stop everything as soon as one of the three stops.
wait -n
echo "A process stopped; see the logs in $LOG_DIR/." >&2
