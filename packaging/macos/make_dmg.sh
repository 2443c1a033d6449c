#!/usr/bin/env bash
# A compressed disk image holding OA Desk.app and a link to /Applications, so that
# installing is dragging the one onto the other.
#   packaging/macos/make_dmg.sh "dist/OA Desk.app" dist/OA-Desk-0.1.0.dmg
# Sign the app before this, and notarise the .dmg after (packaging/README.md).
set -euo pipefail
app=${1:?the .app to put in the image}
out=${2:?the .dmg to write}
[[ -d $app ]] || { echo "make_dmg: no such app: $app" >&2; exit 2; }
staging=$(mktemp -d "${TMPDIR:-/tmp}/oa-desk-dmg.XXXXXX")
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/$(basename "$app")"
ln -s /Applications "$staging/Applications"
rm -f "$out"
hdiutil create -volname "OA Desk" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$out"
echo "make_dmg: wrote $out"
