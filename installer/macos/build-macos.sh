#!/usr/bin/env bash
# Build jewelbench.app and jewelbench-VERSION-macos-ARCH.dmg on a Mac (it cannot be built
# elsewhere: PyInstaller bundles the Python and Qt of the machine it runs on, and hdiutil,
# codesign and notarytool are Apple's).
#
# usage: installer/macos/build-macos.sh [--sign "Developer ID Application: NAME (TEAMID)"]
#                                       [--notarize KEYCHAIN_PROFILE]
#
#   without --sign   an unsigned app and dmg, for trying out: Gatekeeper refuses to open it
#                    with a double-click (right-click ▸ Open, or `xattr -dr
#                    com.apple.quarantine jewelbench.app` on the machine that downloaded it)
#   --sign ID        signs every binary inside the app with the hardened runtime, then the
#                    app, then the dmg
#   --notarize P     sends the signed dmg to Apple's notary service with the credentials
#                    stored by `xcrun notarytool store-credentials P`, waits, and staples the
#                    ticket so the dmg opens offline too
#
# Needs: Python 3.11 from python.org (universal2) or Homebrew, with `pip install -e '.[test]'`
# done in .venv; Xcode command line tools (hdiutil, codesign, xcrun notarytool, stapler).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
python=${PYTHON:-$root/.venv/bin/python}
identity=""
profile=""
while [ $# -gt 0 ]; do
  case $1 in
    --sign) identity=$2; shift 2 ;;
    --notarize) profile=$2; shift 2 ;;
    *) echo "build-macos.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done
if [ -n "$profile" ] && [ -z "$identity" ]; then
  echo "build-macos.sh: --notarize needs --sign: Apple notarizes only signed apps" >&2
  exit 2
fi
[ "$(uname -s)" = Darwin ] || { echo "build-macos.sh: run this on macOS" >&2; exit 1; }

version=$("$python" -c 'import sys, tomllib
print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$root/pyproject.toml")
arch=$(uname -m)
dist=$root/dist
app=$dist/jewelbench.app
dmg=$dist/jewelbench-$version-macos-$arch.dmg

export PYINSTALLER_CONFIG_DIR=$root/build/pyinstaller-cache
export PYTHONHASHSEED=0
# The spec makes jewelbench.app (BUNDLE) on macOS, with the .jewelbench document type and the
# app.jewelbench.workspace type it exports in Info.plist, and the icon as jewelbench.icns.
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath "$root/build/pyinstaller" --distpath "$dist" "$root/installer/jewelbench.spec"
"$app/Contents/MacOS/jewelbench" --version

if [ -n "$identity" ]; then
  entitlements=$root/installer/macos/entitlements.plist
  # Inside out: every library and plugin, then the program, then the bundle. `codesign --deep`
  # alone is not enough for notarization (Apple deprecates it for signing); it is used only to
  # verify. The hardened runtime (--options runtime) is what notarization requires.
  find "$app/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) \
      ! -path '*/Contents/MacOS/jewelbench' -print0 |
    xargs -0 codesign --force --timestamp --options runtime --entitlements "$entitlements" \
      --sign "$identity"
  codesign --force --timestamp --options runtime --entitlements "$entitlements" \
    --sign "$identity" "$app/Contents/MacOS/jewelbench"
  codesign --force --timestamp --options runtime --entitlements "$entitlements" \
    --sign "$identity" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
fi

# The disk image: the app and a link to /Applications to drag it onto.
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "jewelbench $version" -srcfolder "$stage" -fs HFS+ -format UDZO \
  -imagekey zlib-level=9 -ov "$dmg"

if [ -n "$identity" ]; then
  codesign --force --timestamp --sign "$identity" "$dmg"
fi
if [ -n "$profile" ]; then
  xcrun notarytool submit "$dmg" --keychain-profile "$profile" --wait
  xcrun stapler staple "$dmg"
  xcrun stapler validate "$dmg"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
fi
echo "built: $app"
echo "       $dmg"
