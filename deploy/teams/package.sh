#!/usr/bin/env bash
# Writes the Teams app package for upload: deploy/teams/build/coordinatorbot.zip, with the bot's app id and host filled in.
# Usage: deploy/teams/package.sh <bot app id (the managed identity's client id, output botAppId of main.bicep)> <bot host>
# The host is the bot's public name (the host of Export__PublicBaseUrl, e.g. coordinatorbot.azurewebsites.net): the
# records' links there unfold in Teams (the message extension's link handler).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
APP_ID="${1:?usage: package.sh BOT_APP_ID}"
BOT_HOST="${2:?usage: package.sh BOT_APP_ID BOT_HOST}"
[[ "$APP_ID" =~ ^[0-9a-fA-F-]{36}$ ]] || { echo "The app id must be a GUID." >&2; exit 2; }
[[ "$BOT_HOST" =~ ^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$ ]] || { echo "The bot host must be a host name such as coordinatorbot.azurewebsites.net." >&2; exit 2; }

BUILD="$HERE/build"
rm -rf "$BUILD" && mkdir -p "$BUILD/package"
sed -e "s/{{BOT_APP_ID}}/$APP_ID/g" -e "s/{{BOT_HOST}}/$BOT_HOST/g" "$HERE/manifest.json" >"$BUILD/package/manifest.json"
cp "$HERE/en-us.json" "$HERE/color.png" "$HERE/outline.png" "$BUILD/package/"
(cd "$BUILD/package" && python3 -m zipfile -c ../coordinatorbot.zip manifest.json en-us.json color.png outline.png)
echo "$BUILD/coordinatorbot.zip"
