#!/usr/bin/env bash
# Writes the Teams app package for upload: deploy/teams/build/coordinatorbot.zip, with the placeholders filled in.
# Usage: deploy/teams/package.sh <bot app id> [bot host name] [Teams app id]
#   bot app id:    the managed identity's client id (output BOT_ID of main.bicep)
#   bot host name: the App Service's host name (output BOT_DOMAIN); links to records unfold on it
#   Teams app id:  the app's id in Teams; the bot's id unless the Agents Toolkit registered one (TEAMS_APP_ID)
# The manifest's placeholders are the Agents Toolkit's (${{NAME}}), so `atk provision` fills the same file.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
BOT_ID="${1:?usage: package.sh BOT_APP_ID [BOT_DOMAIN] [TEAMS_APP_ID]}"
BOT_DOMAIN="${2:-coordinatorbot.azurewebsites.net}"
TEAMS_APP_ID="${3:-$BOT_ID}"
for id in "$BOT_ID" "$TEAMS_APP_ID"; do
  [[ "$id" =~ ^[0-9a-fA-F-]{36}$ ]] || { echo "An app id must be a GUID: $id" >&2; exit 2; }
done
[[ "$BOT_DOMAIN" =~ ^[A-Za-z0-9.-]+$ ]] || { echo "The host name must be a bare host name: $BOT_DOMAIN" >&2; exit 2; }

BUILD="$HERE/build"
rm -rf "$BUILD" && mkdir -p "$BUILD/package"
for file in manifest.json en-us.json; do
  sed -e "s/\${{BOT_ID}}/$BOT_ID/g" -e "s/\${{TEAMS_APP_ID}}/$TEAMS_APP_ID/g" -e "s/\${{BOT_DOMAIN}}/$BOT_DOMAIN/g" \
    "$HERE/$file" >"$BUILD/package/$file"
done
if grep -n '\${{' "$BUILD/package/manifest.json" "$BUILD/package/en-us.json" >&2; then
  echo "A placeholder above has no value." >&2
  exit 2
fi
cp "$HERE/color.png" "$HERE/outline.png" "$BUILD/package/"
(cd "$BUILD/package" && python3 -m zipfile -c ../coordinatorbot.zip manifest.json en-us.json color.png outline.png)
echo "$BUILD/coordinatorbot.zip"
