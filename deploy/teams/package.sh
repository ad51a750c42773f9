#!/usr/bin/env bash
# Writes the Teams app package for upload: deploy/teams/build/coordinatorbot.zip, with the bot's app id filled in.
# Usage: deploy/teams/package.sh <bot app id (the managed identity's client id, output botAppId of main.bicep)>
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
APP_ID="${1:?usage: package.sh BOT_APP_ID}"
[[ "$APP_ID" =~ ^[0-9a-fA-F-]{36}$ ]] || { echo "The app id must be a GUID." >&2; exit 2; }

BUILD="$HERE/build"
rm -rf "$BUILD" && mkdir -p "$BUILD/package"
sed "s/{{BOT_APP_ID}}/$APP_ID/g" "$HERE/manifest.json" >"$BUILD/package/manifest.json"
cp "$HERE/en-us.json" "$HERE/color.png" "$HERE/outline.png" "$BUILD/package/"
(cd "$BUILD/package" && python3 -m zipfile -c ../coordinatorbot.zip manifest.json en-us.json color.png outline.png)
echo "$BUILD/coordinatorbot.zip"
