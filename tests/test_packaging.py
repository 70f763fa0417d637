"""The app as a school installs it: the wheel, the frozen bundle, the desktop files.

The slow tests build the PyInstaller bundle once per session (about 1.5 min on
two cores) and run it the way a user would: from outside the checkout, with
no Python environment, headless and on an X server.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app import __version__

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"
DECK_TYPE = "application/x-agora-deck"

# packaging/build.py by path: `import build` would find the PyPA package.
_spec = importlib.util.spec_from_file_location("agora_bundle_build", PACKAGING / "build.py")
assert _spec is not None and _spec.loader is not None
bundle_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bundle_build)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (.ci/sysdeps.sh test installs it)")
    return path


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment of a user who has no Python set up and no display."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))}
    for key in ("DISPLAY", "WAYLAND_DISPLAY", "VIRTUAL_ENV"):
        env.pop(key, None)
    env.update(extra)
    return env


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 120):
    return subprocess.run(
        cmd, cwd=cwd, env=env or _clean_env(), capture_output=True, text=True, timeout=timeout
    )


def _mime_type_of(filename: str, data_dirs: list[Path], cwd: Path) -> str:
    """What Qt's MIME database, reading shared-mime-info from data_dirs, calls a file."""
    code = (
        "import sys\nfrom PySide6.QtCore import QMimeDatabase\n"
        "print(QMimeDatabase().mimeTypeForFile(sys.argv[1]).name())"
    )
    env = _clean_env(XDG_DATA_DIRS=":".join(str(d) for d in data_dirs), PYTHONPATH=str(REPO))
    done = _run([sys.executable, "-c", code, str(cwd / filename)], cwd, env)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


# --- desktop integration files ------------------------------------------------------------


def test_desktop_file_validates() -> None:
    done = _run([_tool("desktop-file-validate"), str(LINUX / "agora.desktop")], REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout and "warning" not in done.stdout, done.stdout


def test_metainfo_validates() -> None:
    metainfo = LINUX / "org.agora.Agora.metainfo.xml"
    done = _run([_tool("appstreamcli"), "validate", "--no-net", str(metainfo)], REPO)
    assert done.returncode == 0, done.stdout + done.stderr


def test_desktop_file_metainfo_and_mime_type_agree() -> None:
    """The menu entry, the software-centre entry and the file type name each other."""
    desktop = (LINUX / "agora.desktop").read_text(encoding="utf-8")
    metainfo = (LINUX / "org.agora.Agora.metainfo.xml").read_text(encoding="utf-8")
    mime = (LINUX / "agora-deck.xml").read_text(encoding="utf-8")
    assert f"MimeType={DECK_TYPE};" in desktop
    assert f'<mime-type type="{DECK_TYPE}">' in mime
    assert f"<mediatype>{DECK_TYPE}</mediatype>" in metainfo
    assert '<glob pattern="deck.yaml"' in mime
    assert "Exec=agora %f" in desktop  # a file manager passes the deck.yaml path
    assert '<launchable type="desktop-id">agora.desktop</launchable>' in metainfo
    assert f'<release version="{__version__}"' in metainfo
    # The window tells the desktop which entry it belongs to by this name.
    app_source = (REPO / "desktop_app" / "app.py").read_text(encoding="utf-8")
    assert 'setDesktopFileName("agora")' in app_source
    assert (
        "Icon=agora" in desktop
        and (REPO / "resources/icons/hicolor/48x48/apps/agora.png").is_file()
    )


def test_deck_yaml_gets_the_deck_type_and_other_yaml_does_not(tmp_path: Path) -> None:
    update = _tool("update-mime-database")
    mime = tmp_path / "share" / "mime"
    (mime / "packages").mkdir(parents=True)
    shutil.copy(LINUX / "agora-deck.xml", mime / "packages")
    assert _run([update, str(mime)], tmp_path).returncode == 0
    bundled = REPO / "slides" / "open-vs-closed-ai"
    for name in ("deck.yaml", "debate.yaml"):
        shutil.copy(bundled / name, tmp_path / name)
    dirs = [tmp_path / "share", Path("/usr/share")]
    assert _mime_type_of("deck.yaml", dirs, tmp_path) == DECK_TYPE
    assert _mime_type_of("debate.yaml", dirs, tmp_path) != DECK_TYPE


def _imported_qt_modules() -> set[str]:
    found: set[str] = set()
    for path in (REPO / "desktop_app").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found.update(re.findall(r"\bPySide6\.(Qt\w+)", text))
        for names in re.findall(r"from PySide6 import ([\w, ()]+)", text):
            found.update(n for n in re.findall(r"Qt\w+", names))
    return found


def test_spec_bundles_every_qt_module_the_app_imports() -> None:
    """A new Qt import must be added to the spec, or the frozen app would crash on it."""
    tree = ast.parse((PACKAGING / "agora.spec").read_text(encoding="utf-8"))
    used = next(
        ast.literal_eval(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "USED_QT_MODULES" for t in node.targets)
    )
    assert _imported_qt_modules() <= set(used)


# --- the wheel ----------------------------------------------------------------------------


@pytest.mark.slow
def test_wheel_installs_and_checks_from_tmp(tmp_path: Path) -> None:
    """The wheel in a fresh venv (deps from the index, pinned) runs without the checkout."""
    wheels = tmp_path / "wheels"
    built = _run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(wheels), str(REPO)],
        tmp_path,
        dict(os.environ),
        timeout=300,
    )
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    (wheel,) = wheels.glob("agora-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for lang in ("de", "fr", "es", "ar"):
        assert f"desktop_app/i18n/agora_{lang}.qm" in names, lang  # compiled, though not in git
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    pip = [str(env_dir / "bin" / "python"), "-m", "pip", "--disable-pip-version-check"]
    installed = _run(
        [*pip, "install", "-q", "-c", str(REPO / "constraints.txt"), str(wheel)],
        tmp_path,
        _clean_env(),
        timeout=600,
    )
    assert installed.returncode == 0, installed.stdout[-2000:] + installed.stderr[-2000:]

    agora = str(env_dir / "bin" / "agora")
    version = _run([agora, "--version"], tmp_path)
    assert version.returncode == 0 and version.stdout.strip() == f"agora {__version__}"
    check = _run([agora, "check"], tmp_path)
    assert check.returncode == 0, check.stderr
    assert re.match(r"Open vs\. Closed AI: \d+ slides in \d+ sections", check.stdout), check.stdout
    # The deck came from inside the installed package, not from this checkout.
    where = _run(
        [
            str(env_dir / "bin" / "python"),
            "-c",
            "from desktop_app.paths import bundled_deck; print(bundled_deck())",
        ],
        tmp_path,
    )
    assert where.stdout.strip().startswith(str(env_dir)), where.stdout


# --- the frozen bundle --------------------------------------------------------------------


@pytest.fixture(scope="session")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/ with the bundle and tarball, built once for all the frozen-app tests."""
    pytest.importorskip("PyInstaller", reason="PyInstaller is in the dev extra")
    root = tmp_path_factory.mktemp("frozen")
    done = subprocess.run(
        [
            sys.executable,
            str(PACKAGING / "build.py"),
            "--dist",
            str(root / "dist"),
            "--work",
            str(root / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=root,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    print(done.stdout)
    return root / "dist"


@pytest.fixture
def agora(frozen: Path) -> str:
    return str(frozen / "agora" / "agora")


@pytest.mark.slow
def test_frozen_version_and_check_run_from_anywhere(agora: str, tmp_path: Path) -> None:
    version = _run([agora, "--version"], tmp_path)
    assert version.returncode == 0 and version.stdout.strip() == f"agora {__version__}"
    check = _run([agora, "check"], tmp_path)
    reference = _run(
        [sys.executable, "-m", "desktop_app", "check"], tmp_path, _clean_env(PYTHONPATH=str(REPO))
    )
    assert check.returncode == 0, check.stderr
    assert check.stdout == reference.stdout  # same deck, same summary as the source tree


@pytest.mark.slow
@pytest.mark.parametrize("target", ["folder", "deck.yaml"])
def test_frozen_app_opens_a_deck_given_on_the_command_line(
    agora: str, example_deck, tmp_path: Path, target: str
) -> None:
    """A file manager passes the deck.yaml path (`Exec=agora %f`); a teacher may pass the folder."""
    path = example_deck.root if target == "folder" else example_deck.root / "deck.yaml"
    check = _run([agora, "check", str(path)], tmp_path)
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith(f"{example_deck.title}: {len(example_deck.slides)} slides")


@pytest.mark.slow
def test_frozen_export_matches_the_source_tree(agora: str, tmp_path: Path) -> None:
    frozen_pdf, source_pdf = tmp_path / "frozen.pdf", tmp_path / "source.pdf"
    done = _run([agora, "export", "-o", str(frozen_pdf)], tmp_path)
    assert done.returncode == 0, done.stderr
    ref = _run(
        [sys.executable, "-m", "desktop_app", "export", "-o", str(source_pdf)],
        tmp_path,
        _clean_env(PYTHONPATH=str(REPO)),
    )
    assert ref.returncode == 0, ref.stderr
    assert len(PdfReader(frozen_pdf).pages) == len(PdfReader(source_pdf).pages) > 1


@pytest.mark.slow
@pytest.mark.xvfb
@pytest.mark.parametrize("opened", ["bundled deck", "deck.yaml"])
def test_frozen_app_opens_a_window_and_quits_on_ctrl_q(
    agora: str, example_deck, tmp_path: Path, opened: str
) -> None:
    """On a real X server: the deck's window appears, takes a key, and the app exits cleanly.

    With a deck.yaml argument it is started as the menu entry's `Exec=agora %f`
    starts it for a double-clicked file.
    """
    xvfb_run, _ = _tool("xvfb-run"), _tool("xdotool")
    arg, title = "", "Open vs. Closed AI"
    if opened == "deck.yaml":
        arg, title = f'"{example_deck.root / "deck.yaml"}"', example_deck.title
    script = f"""
        "{agora}" {arg} 2>"{tmp_path}/stderr" & pid=$!
        for _ in $(seq 100); do
            win=$(xdotool search --onlyvisible --name ' — Agora$' | head -n1)
            [ -n "$win" ] && break
            kill -0 $pid 2>/dev/null || break
            sleep 0.2
        done
        [ -n "$win" ] || {{ echo "no window"; kill $pid; exit 3; }}
        xdotool getwindowname "$win"
        # No window manager here: focus the window directly, then press the key.
        xdotool windowfocus --sync "$win" key --clearmodifiers ctrl+q
        for _ in $(seq 150); do kill -0 $pid 2>/dev/null || break; sleep 0.2; done
        kill -0 $pid 2>/dev/null && {{ echo "still running after Ctrl+Q"; kill $pid; exit 4; }}
        wait $pid
    """
    done = _run([xvfb_run, "-a", "bash", "-c", script], tmp_path, timeout=120)
    stderr = (tmp_path / "stderr").read_text(encoding="utf-8", errors="replace")
    assert done.returncode == 0, done.stdout + done.stderr + stderr
    assert done.stdout.strip() == f"{title} — Agora"
    assert "Traceback" not in stderr and "Could not load" not in stderr, stderr


@pytest.mark.slow
def test_bundle_is_lean(frozen: Path) -> None:
    """Only the Qt the app uses: a regression here costs every school download time."""
    internal = frozen / "agora" / "_internal"
    names = {p.name for p in internal.rglob("*")}
    for unwanted in (
        "libQt6Network.so.6",
        "libQt6Qml.so.6",
        "libQt6Quick.so.6",
        "libQt6OpenGL.so.6",
        "libqgtk3.so",
        "libssl.so.3",
        "libgtk-3.so.0",
    ):
        assert unwanted not in names
    assert not any(n.startswith(("libQt6WebEngine", "libQt6Multimedia", "libQt63D")) for n in names)
    qt_translations = {p.name for p in (internal / "PySide6" / "Qt" / "translations").glob("*")}
    assert qt_translations == {f"qtbase_{lang}.qm" for lang in ("de", "fr", "es", "ar")}
    size, _ = bundle_build.tree_size(frozen / "agora")
    assert size < 135 * 2**20, bundle_build.mib(size)
    for data in (
        "slides/open-vs-closed-ai/deck.yaml",
        "resources/fonts/Lato-Regular.ttf",
        "resources/themes/high-contrast.yaml",
        "resources/icons/agora.svg",
    ):
        assert (internal / "desktop_app" / "_data" / data).is_file(), data
    for lang in ("de", "fr", "es", "ar"):
        assert (internal / "desktop_app" / "i18n" / f"agora_{lang}.qm").is_file(), lang


@pytest.mark.slow
def test_tarball_is_reproducible_and_owned_by_root(frozen: Path, tmp_path: Path) -> None:
    (tarball,) = frozen.glob(f"agora-{__version__}-linux-*.tar.gz")
    top = f"agora-{__version__}"
    with tarfile.open(tarball) as tar:
        members = tar.getmembers()
    names = [m.name for m in members]
    assert names == [top, *sorted(names[1:])]
    assert {(m.uid, m.gid, m.uname, m.gname) for m in members} == {(0, 0, "", "")}
    assert len({m.mtime for m in members}) == 1
    for expected in (
        "agora",
        "install.sh",
        "share/applications/agora.desktop",
        "share/mime/packages/agora-deck.xml",
        "share/icons/hicolor/scalable/apps/agora.svg",
    ):
        assert f"{top}/{expected}" in names
    executable = next(m for m in members if m.name == f"{top}/agora")
    assert executable.mode == 0o755
    again = bundle_build.make_tarball(
        frozen / "agora", tmp_path / tarball.name, top, members[0].mtime
    )
    assert again.read_bytes() == tarball.read_bytes()


@pytest.mark.slow
def test_install_script_puts_the_app_in_the_menu_and_removes_it(
    frozen: Path, tmp_path: Path
) -> None:
    prefix = tmp_path / "prefix"
    unpacked = tmp_path / "unpacked"
    (tarball,) = frozen.glob("agora-*.tar.gz")
    with tarfile.open(tarball) as tar:
        tar.extractall(unpacked, filter="tar")
    (folder,) = unpacked.iterdir()
    env = _clean_env(HOME=str(tmp_path / "home"))
    done = _run([str(folder / "install.sh"), str(prefix)], tmp_path, env)
    assert done.returncode == 0, done.stdout + done.stderr
    shutil.rmtree(unpacked)  # the installed copy must not need the download

    version = _run([str(prefix / "bin" / "agora"), "--version"], tmp_path, env)
    assert version.stdout.strip() == f"agora {__version__}", version.stderr
    desktop = prefix / "share" / "applications" / "agora.desktop"
    assert f"Exec={prefix}/bin/agora %f" in desktop.read_text(encoding="utf-8")
    if shutil.which("update-mime-database"):
        (tmp_path / "deck.yaml").write_text("format: 1\n", encoding="utf-8")
        dirs = [prefix / "share", Path("/usr/share")]
        assert _mime_type_of("deck.yaml", dirs, tmp_path) == DECK_TYPE

    uninstall = prefix / "lib" / "agora" / "install.sh"
    removed = _run([str(uninstall), "--uninstall", str(prefix)], tmp_path, env)
    assert removed.returncode == 0, removed.stderr
    assert not (prefix / "bin" / "agora").exists() and not desktop.exists()
    assert not (prefix / "lib" / "agora").exists()
