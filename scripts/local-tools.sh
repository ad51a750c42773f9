# Shared by run.sh and test.sh: installs the local stand-ins and starts them. Source it; do not run it.

TOOLS_DIR="$ROOT/deploy/local"
BIN="$TOOLS_DIR/node_modules/.bin"
PIDS=()

# Installs the pinned npm tools when they are missing or the lock file changed.
install_local_tools() {
  if [ ! -x "$BIN/azurite-table" ] || [ "$TOOLS_DIR/package-lock.json" -nt "$TOOLS_DIR/node_modules/.package-lock.json" ]; then
    echo "Installing local tools (Azurite, Agents Playground, adaptivecards, ical.js, botbuilder, the Teams manifest schemas and ajv)..."
    (cd "$TOOLS_DIR" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# The Microsoft 365 Agents Toolkit CLI (atk), for m365agents.yml and its offline manifest validation. Its install
# scripts download things nothing here needs, so they do not run.
install_agents_toolkit() {
  local dir="$ROOT/deploy/atk"
  if [ ! -x "$dir/node_modules/.bin/atk" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "Installing the Microsoft 365 Agents Toolkit CLI..."
    (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  fi
}

# Prints a TCP port that is free on 127.0.0.1 right now.
free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();});"
}

# require_free_port PORT NAME: stops with a clear message when something already listens there.
require_free_port() {
  if node -e "require('net').connect($1,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))" 2>/dev/null; then
    echo "Port $1 (for $2) is already in use on 127.0.0.1; stop what runs there, or choose another port." >&2
    return 1
  fi
}

# wait_for_port PORT NAME LOG: waits up to 60 s for something to listen on 127.0.0.1:PORT.
wait_for_port() {
  for _ in $(seq 1 240); do
    if node -e "require('net').connect($1,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))" 2>/dev/null; then
      return 0
    fi
    sleep 0.25
  done
  echo "$2 did not start on port $1; its log follows:" >&2
  cat "$3" >&2 || true
  return 1
}

# start_azurite PORT LOG [OPTION...]: further options go to Azurite (the benchmarks pass --silent: no access log).
start_azurite() {
  "$BIN/azurite-table" --tableHost 127.0.0.1 --tablePort "$1" --inMemoryPersistence --disableTelemetry "${@:3}" >"$2" 2>&1 &
  PIDS+=($!)
  wait_for_port "$1" Azurite "$2"
}

# start_playground PORT BOT_PORT LOG: the Agents Playground on loopback, talking to the bot on BOT_PORT.
start_playground() {
  # It writes devTools/ logs into its working folder: keep them beside its log.
  (cd "$(dirname "$3")" && TEAMSAPPTESTER_BROWSER=none exec node -r "$TOOLS_DIR/loopback.cjs" \
    "$TOOLS_DIR/node_modules/@microsoft/m365agentsplayground/cli.js" \
    --port "$1" --app-endpoint "http://127.0.0.1:$2/api/messages" \
    --service-url "http://127.0.0.1:$1/_connector" --channel-id msteams --disable-telemetry >"$3" 2>&1) &
  PIDS+=($!)
  wait_for_port "$1" "Agents Playground" "$3"
}

# start_azurite_blob PORT LOG: Azurite's blob service, where the nightly backup goes in the tests.
start_azurite_blob() {
  # The Blobs client asks for a newer API version than this Azurite knows; the calls it makes are older than that.
  "$BIN/azurite-blob" --blobHost 127.0.0.1 --blobPort "$1" --inMemoryPersistence --disableTelemetry --silent --skipApiVersionCheck >"$2" 2>&1 &
  PIDS+=($!)
  wait_for_port "$1" "Azurite (blob)" "$2"
}

# The documented, public key of the Azure Storage emulator's development account.
azurite_connection_string() {
  echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$1/devstoreaccount1;"
}

azurite_blob_connection_string() {
  echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$1/devstoreaccount1;"
}

stop_started() {
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}

# Prints the path of the Bicep CLI, restored from NuGet (Azure.Bicep.CommandLine.linux-x64, pinned in
# deploy/azure/cli/BicepCli.csproj) into the NuGet packages folder.
bicep_cli() {
  local project="$ROOT/deploy/azure/cli/BicepCli.csproj" cli
  dotnet restore "$project" --nologo -v quiet >&2
  cli="$(node -e '
    const a = require(process.argv[1]);
    const folder = Object.keys(a.packageFolders)[0];
    const id = "azure.bicep.commandline.linux-x64";
    const download = Object.values(a.project.frameworks).flatMap(f => f.downloadDependencies || [])
      .find(d => d.name.toLowerCase() === id);
    const version = download.version.replace(/[\[\]\s]/g, "").split(",")[0];
    console.log(require("path").join(folder, id, version.toLowerCase(), "tools", "bicep"));
  ' "$(dirname "$project")/obj/project.assets.json")"
  # A package's files may lose their execute bit on extraction.
  chmod +x "$cli"
  echo "$cli"
}
