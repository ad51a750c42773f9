#!/usr/bin/env bash
# Restores an archive that ./backup.sh (or the nightly backup) wrote, into an account without the bot's rows:
#   ./restore.sh --from backup.zip [--replace]              (--replace: into one that holds rows; same keys are overwritten)
# Storage as the bot reads it: Storage__ConnectionString, or Storage__TableServiceUri with Azure credentials (az login,
# a managed identity), and Storage__TablePrefix; with neither set, the Azurite that ./run.sh starts (127.0.0.1:10002).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
. "$ROOT/scripts/local-tools.sh"
if [ -z "${Storage__ConnectionString:-}" ] && [ -z "${Storage__TableServiceUri:-}" ]; then
  export Storage__ConnectionString="$(azurite_connection_string 10002)"
fi
exec dotnet run --project "$ROOT/Bot/Bot.csproj" --verbosity quiet -- restore "$@"
