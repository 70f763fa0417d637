"""Replaces PyInstaller's QtGui hook to collect only the Qt plugins Agora uses.

The stock hook copies every plugin directory QtGui knows about. Several pull
in large system stacks the app never touches (the GTK3 theme brings GTK,
cairo and pango; touch, eglfs and vnc plugins bring input, KMS and network
libraries). Filtering here, before PyInstaller resolves link-time
dependencies, keeps those libraries out of the bundle; a filter on the
finished Analysis could not, because their dependencies would already be in.

Names are compared without the platform's "lib" prefix and file extension, so
the same list serves the Linux, Windows and macOS builds of the one spec.
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# Plugin directory -> plugins kept from it.
KEEP = {
    # The desktop's windowing system, and "offscreen" for headless `agora export`.
    "platforms": {"qxcb", "qwayland", "qwindows", "qcocoa", "qoffscreen"},
    # Native Wayland windows need a shell and client-side window decorations.
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"adwaita", "bradient"},
    # Dead keys / compose and IBus, so accented names can be typed in search.
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    # Portal file dialogs on sandboxed or managed desktops, without the GTK stack.
    "platformthemes": {"qxdgdesktopportal"},
    # The app icon is SVG; image slides may use these formats (PNG is built in).
    "iconengines": {"qsvgicon"},
    "imageformats": {"qsvg", "qjpeg", "qgif", "qwebp"},
}
# Directories dropped whole: touch/tablet input and KMS for embedded boards,
# OpenGL glue (every picture is painted with QPainter on the CPU), and
# Wayland server-buffer sharing. Directories in neither table are kept whole,
# so a platform's plugins this list has never seen still work.
DROP = {
    "generic",
    "egldeviceintegrations",
    "xcbglintegrations",
    "wayland-graphics-integration-client",
}


def _plugin_name(src: str) -> str:
    stem = PurePath(src).name.split(".")[0]
    return stem.removeprefix("lib")


def _wanted(src: str, dest_dir: str) -> bool:
    directory = PurePath(dest_dir).name
    if directory in DROP:
        return False
    return directory not in KEEP or _plugin_name(src) in KEEP[directory]


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if _wanted(src, dest)]
