#!/usr/bin/env bash
# Install the Debian packages Qt (PySide6 wheels) and the tests need, but only
# the ones missing, so repeated `make` runs cost one dpkg-query and no network.
# Usage: .ci/sysdeps.sh runtime|test
# As root with apt-get: installs what is missing. Otherwise: lists what is
# missing and exits 0, since the user may have them another way (or not need
# them: offscreen tests run without the X libraries).
set -euo pipefail

# Libraries the Qt "offscreen" platform plugin links against.
offscreen="libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3"
# Extra libraries the "xcb" plugin needs for a real X display (also Xvfb).
x11="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
     libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
# Test tools: a virtual X server, and pdftotext/pdfinfo to check PDF exports;
# binutils for PyInstaller (objdump, strip), xdotool to find the frozen app's
# window, and the validators and MIME cache tool for its desktop files; Xorg's
# dummy driver, xrandr and openbox give the presenter test two real monitors;
# a session D-Bus, the AT-SPI bus and pyatspi (Orca's client library, for
# Debian's python3) let the accessibility test read the app as a screen reader.
# Fonts the bundled ones lack, for the multi-script tests (small ones: Arabic and
# Hebrew from DejaVu Sans, Chinese from WenQuanYi Micro Hei, Hindi from Lohit).
testtools="xvfb xauth poppler-utils x11-utils binutils xdotool appstream desktop-file-utils
           shared-mime-info xserver-xorg-core xserver-xorg-video-dummy x11-xserver-utils openbox
           chromium chromium-driver dbus-daemon at-spi2-core python3-pyatspi
           fonts-dejavu-core fonts-wqy-microhei fonts-lohit-deva"

case "${1:-}" in
    runtime) want="$offscreen $x11" ;;
    test)    want="$offscreen $x11 $testtools" ;;
    *) echo "usage: $0 runtime|test" >&2; exit 2 ;;
esac

missing=()
for p in $want; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
# npm fetches axe-core for the web accessibility test; a Node.js from elsewhere
# (NodeSource) brings its own npm, which Debian's package would conflict with.
if [ "$1" = test ] && ! command -v npm >/dev/null; then
    missing+=(npm)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "sysdeps: missing Debian packages (not root or no apt-get, skipping):" >&2
    echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 0
fi

echo "sysdeps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Wait for a dpkg lock held by another apt run instead of failing at once.
apt=(apt-get -q -y -o DPkg::Lock::Timeout=300)
"${apt[@]}" update
"${apt[@]}" install --no-install-recommends "${missing[@]}"
