#!/bin/sh
# Register OA Desk for this user: the oa-desk command, the menu entry, the .oadesk
# file type and its icons. Nothing outside your home folder is touched.
#   ./install.sh            register the bundle in this folder
#   ./install.sh --remove   undo it
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
if [ "${1:-}" = "--remove" ]; then
  rm -f "$bin/oa-desk" "$data/applications/oa-desk.desktop" "$data/mime/packages/oa-desk.xml"
  find "$data/icons/hicolor" \( -name oa-desk.png -o -name application-x-oadesk.png \) -delete 2>/dev/null || true
else
  mkdir -p "$bin" "$data/applications" "$data/mime/packages"
  ln -sf "$here/oa-desk" "$bin/oa-desk"
  sed "s|^Exec=oa-desk|Exec=\"$here/oa-desk\"|" "$here/share/applications/oa-desk.desktop" \
    > "$data/applications/oa-desk.desktop"
  cp "$here/share/mime/packages/oa-desk.xml" "$data/mime/packages/oa-desk.xml"
  cp -R "$here/share/icons" "$data/"
fi
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$data/icons/hicolor" 2>/dev/null || true
echo "OA Desk: done (${1:-installed}); the command is $bin/oa-desk"
