#!/bin/sh
# Install the unpacked Agora bundle so it shows up in the application menu and
# opens deck.yaml files on double-click.
#
#   ./install.sh                 for this user, under ~/.local (no root needed)
#   sudo ./install.sh /usr/local for every user of the computer
#   PREFIX/lib/agora/install.sh --uninstall [PREFIX]
#
# The app goes to PREFIX/lib/agora, a link to it to PREFIX/bin/agora, and the
# menu entry, AppStream metadata, deck file type and icons under PREFIX/share.
set -eu

uninstall=false
if [ "${1:-}" = "--uninstall" ]; then
    uninstall=true
    shift
fi
prefix="${1:-$HOME/.local}"
here="$(cd "$(dirname "$0")" && pwd)"
app="$prefix/lib/agora"
share="$prefix/share"
sizes="16x16 32x32 48x48 64x64 128x128 256x256"

refresh() {
    # Each cache is optional: a desktop without the tool simply rescans.
    if command -v update-mime-database >/dev/null; then update-mime-database "$share/mime"; fi
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$share/applications"
    fi
    if command -v gtk-update-icon-cache >/dev/null; then
        gtk-update-icon-cache -q -t -f "$share/icons/hicolor" || true
    fi
}

if $uninstall; then
    rm -rf "$app"
    rm -f "$prefix/bin/agora" "$share/applications/agora.desktop" \
        "$share/metainfo/org.agora.Agora.metainfo.xml" "$share/mime/packages/agora-deck.xml" \
        "$share/icons/hicolor/scalable/apps/agora.svg"
    for size in $sizes; do rm -f "$share/icons/hicolor/$size/apps/agora.png"; done
    refresh
    echo "Agora removed from $prefix"
    exit 0
fi

# Copy into a fresh folder beside the old one, then swap, so a failed copy
# never leaves a half-installed app behind.
mkdir -p "$prefix/lib" "$prefix/bin"
rm -rf "$app.new"
mkdir "$app.new"
cp -R "$here/agora" "$here/_internal" "$here/install.sh" "$app.new/"
rm -rf "$app"
mv "$app.new" "$app"
ln -sf "$app/agora" "$prefix/bin/agora"

src="$here/share"
mkdir -p "$share/applications" "$share/metainfo" "$share/mime/packages" \
    "$share/icons/hicolor/scalable/apps"
# The menu entry names the launcher by full path: ~/.local/bin is not on
# every desktop session's PATH.
sed "s|^Exec=agora |Exec=$prefix/bin/agora |; s|^TryExec=agora$|TryExec=$prefix/bin/agora|" \
    "$src/applications/agora.desktop" >"$share/applications/agora.desktop"
cp "$src/metainfo/org.agora.Agora.metainfo.xml" "$share/metainfo/"
cp "$src/mime/packages/agora-deck.xml" "$share/mime/packages/"
cp "$src/icons/hicolor/scalable/apps/agora.svg" "$share/icons/hicolor/scalable/apps/"
for size in $sizes; do
    mkdir -p "$share/icons/hicolor/$size/apps"
    cp "$src/icons/hicolor/$size/apps/agora.png" "$share/icons/hicolor/$size/apps/"
done
refresh
echo "Agora installed in $app; start it from the menu or with $prefix/bin/agora"
