"""Shared fixtures. Tests run offscreen unless a test starts its own X server."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep QSettings and user data of tests away from the real home folder.
os.environ.setdefault("XDG_CONFIG_HOME", "/tmp/agora-tests-config")
os.environ.setdefault("XDG_DATA_HOME", "/tmp/agora-tests-data")

from desktop_app.i18n import install_translators
from desktop_app.loader import load_deck
from desktop_app.model.deck import Deck
from desktop_app.paths import bundled_deck

REPO = Path(__file__).resolve().parent.parent
EXAMPLE_DECK = REPO / "docs" / "example-deck"


@pytest.fixture(scope="session", autouse=True)
def _translations_compiled() -> None:
    """The .qm files are build output (make qm); a run from a clean clone makes them first."""
    subprocess.run([sys.executable, str(REPO / "packaging" / "translations.py")], check=True)


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp):  # type: ignore[no-untyped-def]
    """Create the QApplication first: code under test that only needs fonts (agora check,
    export) would otherwise create a QGuiApplication that widget tests cannot use."""
    return qapp


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """Each test gets its own settings and data folders, so none leaks into another."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "cache"))
    monkeypatch.setenv("HOME", str(base))
    try:
        from PySide6.QtCore import QSettings, QStandardPaths

        QStandardPaths.setTestModeEnabled(True)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(base / "config")
        )
    except ImportError:
        pass


@pytest.fixture(scope="session")
def deck() -> Deck:
    """The bundled "Open vs. Closed AI" deck."""
    return load_deck(bundled_deck())


@pytest.fixture(scope="session")
def example_deck() -> Deck:
    """The small worked example from docs/deck-format.md."""
    return load_deck(EXAMPLE_DECK)


MINIMAL_DECK = """\
format: 1
title: Tiny
sections:
  - id: one
    title: One
    slides:
      - id: hello
        layout: content
        title: Hello
        body: |
          - first
          - second
        builds: true
        notes: Say hello.
      - id: bye
        layout: title
        title: Bye
        notes: Say bye.
"""


@pytest.fixture
def make_deck(tmp_path: Path) -> Callable[..., Path]:
    """Write a deck folder from texts: make_deck(deck_yaml, **{"md/a.md": "..."})."""

    def make(deck_yaml: str = MINIMAL_DECK, **files: str) -> Path:
        root = tmp_path / "deck"
        root.mkdir(exist_ok=True)
        (root / "deck.yaml").write_text(textwrap.dedent(deck_yaml), encoding="utf-8")
        for name, text in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text), encoding="utf-8")
        return root

    return make


def show_audience(qtbot, window):  # type: ignore[no-untyped-def]
    """Show an audience window and wait until it has the keyboard, as after a real launch.

    Offscreen, `qtbot.waitActive` returns before the window is active, so
    shortcuts would not fire yet; waiting for `activeWindow()` does."""
    from PySide6.QtWidgets import QApplication

    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.slide_view.setFocus()
    return window


@pytest.fixture
def interface(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the interface to a language for one test (its translators and its
    layout direction), then back to English."""
    installed: list[QTranslator] = []

    def use(language: str) -> None:
        installed.extend(install_translators(qapp, language))

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


def run_test_file(path: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run one test file with pytest in its own process: for tests that need a Qt
    platform (two screens, a real X server) other than this process's."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(path)],
        cwd=path.parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(autouse=True)
def _collect_garbage_after_each_test() -> Iterator[None]:
    """Free each test's unreachable Qt objects when the test ends.

    Windows and presenters sit in reference cycles (signals connected to
    lambdas), so Python's cyclic collector frees them, and runs their C++
    destructors, at whatever allocation comes next: in CI that was in the
    middle of a later test, which aborted the whole run. Collected here, they
    go while their own test's Qt state is still as they knew it.
    """
    yield
    gc.collect()
