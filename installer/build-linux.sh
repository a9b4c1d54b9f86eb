#!/usr/bin/env bash
# Build jewelbench for Linux x86_64 without Python on the user's side:
#
#   DIST/jewelbench/                                 the one-folder bundle (run DIST/jewelbench/jewelbench)
#   DIST/jewelbench-VERSION-linux-x86_64.tar.gz      the same folder as one archive, with
#                                                    install.sh, the .desktop file, icons, MIME type
#
# usage: installer/build-linux.sh [--dist DIR] [--work DIR] [--python PYTHON] [--quick-archive]
#   --dist    where the bundle and the archive go (default: dist/, or $JEWELBENCH_DIST)
#   --work    PyInstaller's work folder and cache (default: build/, or $JEWELBENCH_WORK)
#   --python  the Python that has jewelbench and pyinstaller installed
#             (default: .venv/bin/python, or $PYTHON)
#   --quick-archive  gzip -1 instead of -6: the same files, 10 % larger, in a third of the
#             time (17 s of a core -> 6 s); for the tests' build, never for a release
#
# Offline and repeatable: PyInstaller's cache lives in the work folder, nothing is downloaded,
# and the archive's file order, owners and times are fixed (the time of the last commit).
# AppImage: not built. appimagetool and the AppImage runtime are not packaged by PyPI, Debian
# or npm (the PyPI tools that make AppImages download both from GitHub at build time); see
# installer/README.md.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dist=${JEWELBENCH_DIST:-$root/dist}
work=${JEWELBENCH_WORK:-$root/build}
python=${PYTHON:-$root/.venv/bin/python}
gzip_level=6
while [ $# -gt 0 ]; do
  case $1 in
    --dist) dist=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --python) python=$2; shift 2 ;;
    --quick-archive) gzip_level=1; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "build-linux.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[ -x "$python" ] || python=$(command -v python3)
mkdir -p "$dist" "$work"
dist=$(cd "$dist" && pwd); work=$(cd "$work" && pwd)

if ! "$python" -c 'import PyInstaller, jewelbench' 2>/dev/null; then
  echo "build-linux.sh: $python lacks pyinstaller or jewelbench:" \
       "run  .venv/bin/pip install -e '.[test]'  first" >&2
  exit 1
fi
# What PyInstaller needs from the system (a desktop's Python has both; a bare Debian's not):
if ! command -v objdump >/dev/null 2>&1; then
  echo "build-linux.sh: PyInstaller needs objdump: sudo apt-get install binutils" >&2
  exit 1
fi
if ! "$python" -c 'import sys
from PyInstaller.depend.bindepend import get_python_library_path
sys.exit(get_python_library_path() is None)' 2>/dev/null; then
  libpython=$("$python" -c 'import sys; print("libpython%d.%d" % sys.version_info[:2])')
  echo "build-linux.sh: PyInstaller needs Python's shared library, which $python lacks:" \
       "sudo apt-get install $libpython (Debian, Ubuntu)" >&2
  exit 1
fi
version=$("$python" -c 'import sys, tomllib
print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$root/pyproject.toml")
arch=$(uname -m)
glibc=$(ldd --version 2>/dev/null | head -1 | grep -o '[0-9]*\.[0-9]*$' || echo "of the build machine")
archive=$dist/jewelbench-$version-linux-$arch.tar.gz

export PYINSTALLER_CONFIG_DIR=$work/pyinstaller-cache
export PYTHONHASHSEED=0  # PyInstaller's advice for repeatable builds
SOURCE_DATE_EPOCH=$(git -C "$root" log -1 --format=%ct 2>/dev/null || echo 946684800)
export SOURCE_DATE_EPOCH
echo "building jewelbench $version for linux-$arch into $dist"
started=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath "$work/pyinstaller" --distpath "$dist" "$root/installer/jewelbench.spec"

# Desktop integration travels inside the folder; install.sh puts it in place for one user.
bundle=$dist/jewelbench
share=$bundle/share
mkdir -p "$share/applications" "$share/mime/packages" "$share/icons"
cp "$root/installer/linux/jewelbench.desktop" "$share/applications/jewelbench.desktop"
cp "$root/installer/linux/jewelbench-mime.xml" "$share/mime/packages/jewelbench.xml"
cp -R "$work/pyinstaller/jewelbench/icons/hicolor" "$share/icons/"
install -m 755 "$root/installer/linux/install.sh" "$bundle/install.sh"
cat > "$bundle/README.txt" <<EOF
jewelbench $version for Linux ($arch)

Run it:           ./jewelbench            (or double-click "jewelbench" in this folder)
Menu entry, icon
and .jewelbench
file type:        ./install.sh            (for you alone; ./install.sh --uninstall removes them)
Check it works:   ./jewelbench --version

Nothing else needs installing on a desktop (X11 or Wayland): Python, Qt and their libraries
are in _internal/. It needs glibc $glibc or newer and the system's OpenGL libraries (libGL,
libEGL), which every desktop has. Without a display, jewelbench --self-test still checks it.
EOF

# The archive: sorted, owned by root, dated by the last commit, gzip without a name or time.
rm -f "$archive"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
    --format=gnu -C "$dist" -cf - jewelbench | gzip -n "-$gzip_level" > "$archive.part"
mv -f "$archive.part" "$archive"

size=$(du -sm "$bundle" | cut -f1)
echo "built in $(( $(date +%s) - started )) s:"
echo "  $bundle/  (${size} MB unpacked)"
echo "  $archive  ($(( $(stat -c %s "$archive") / 1048576 )) MB)"
echo "AppImage: not built (appimagetool is not available from PyPI, Debian or npm; see installer/README.md)"
