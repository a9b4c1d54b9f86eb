#!/bin/sh
# Install jewelbench for you alone, from the folder this script is in: a menu entry, the icon,
# the .jewelbench file type (a double-click on a workspace opens it) and a `jewelbench` command
# in ~/.local/bin. Nothing is copied out of this folder and nothing needs root: move or delete
# the folder and the menu entry stops working; run `./install.sh` again from its new place.
#
#     ./install.sh              install, or re-point the menu entry at this folder
#     ./install.sh --uninstall  remove what install.sh added (the folder itself stays)
set -eu

say() { printf 'jewelbench install: %s\n' "$*"; }
fail() { printf 'jewelbench install: %s\n' "$*" >&2; exit 1; }

here=$(cd "$(dirname "$0")" && pwd -P) || fail "cannot find the folder install.sh is in"
program="$here/jewelbench"
case "$here" in
  *'
'*) fail "the folder's name holds a line break; a menu entry cannot name it: rename the folder" ;;
esac

if [ -n "${XDG_DATA_HOME:-}" ]; then
  data=$XDG_DATA_HOME
elif [ -n "${HOME:-}" ]; then
  data=$HOME/.local/share
else
  fail "neither HOME nor XDG_DATA_HOME is set, so there is no per-user folder to install" \
       "into; set HOME to your home folder and run install.sh again"
fi
if [ -n "${HOME:-}" ]; then bin=$HOME/.local/bin; else bin=""; fi
desktop=$data/applications/jewelbench.desktop
mime=$data/mime/packages/jewelbench.xml
sizes="16 24 32 48 64 128 256 512"

refresh() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data/applications" 2>/dev/null || true
  fi
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$data/mime" >/dev/null 2>&1 || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$data/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$desktop" "$mime"
  for size in $sizes; do
    rm -f "$data/icons/hicolor/${size}x${size}/apps/jewelbench.png"
  done
  rm -f "$data/icons/hicolor/scalable/apps/jewelbench.svg"
  if [ -n "$bin" ] && [ -L "$bin/jewelbench" ]; then rm -f "$bin/jewelbench"; fi
  refresh
  say "removed the menu entry, icon, file type and command; this folder is left as it is"
  exit 0
elif [ $# -gt 0 ]; then
  fail "unknown option '$1' (use no option to install, or --uninstall)"
fi

[ -x "$program" ] || fail "$program is missing or cannot be run: unpack the whole archive again"
[ -f "$here/share/applications/jewelbench.desktop" ] \
  || fail "$here/share/ is missing: unpack the whole archive again"
"$program" --version >/dev/null 2>&1 \
  || fail "$program does not start on this machine; run it from a terminal to see why"

# The desktop entry's Exec names this folder's program, quoted as the Desktop Entry
# specification asks: \ " ` $ escaped inside the quotes, then every \ doubled (the value is a
# string), and % doubled (it starts a field code).
quoted=$(printf '%s' "$program" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')
mkdir -p "$data/applications" "$data/mime/packages" || fail "cannot make folders in $data"
tmp=$desktop.tmp.$$
while IFS= read -r line; do
  case $line in
    Exec=*) printf 'Exec="%s" %%f\n' "$quoted" ;;
    TryExec=*) printf 'TryExec=%s\n' "$program" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$here/share/applications/jewelbench.desktop" > "$tmp"
chmod 644 "$tmp"
mv -f "$tmp" "$desktop"
cp -f "$here/share/mime/packages/jewelbench.xml" "$mime"
for size in $sizes; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp -f "$here/share/icons/hicolor/${size}x${size}/apps/jewelbench.png" \
        "$data/icons/hicolor/${size}x${size}/apps/jewelbench.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp -f "$here/share/icons/hicolor/scalable/apps/jewelbench.svg" \
      "$data/icons/hicolor/scalable/apps/jewelbench.svg"
refresh
if command -v xdg-mime >/dev/null 2>&1; then
  xdg-mime default jewelbench.desktop application/x-jewelbench 2>/dev/null || true
fi
say "menu entry: $desktop"
say "icons and the .jewelbench file type: $data/icons, $data/mime"
if [ -n "$bin" ]; then
  if [ -e "$bin/jewelbench" ] && [ ! -L "$bin/jewelbench" ]; then
    say "$bin/jewelbench exists and is not ours: left as it is"
  else
    mkdir -p "$bin" && ln -sfn "$program" "$bin/jewelbench"
    say "command: $bin/jewelbench (a link to $program)"
  fi
fi
say "done. Start jewelbench from the menu, double-click a .jewelbench file, or run $program"
