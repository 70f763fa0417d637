"""Architecture rules a tool checks, so they hold as the code grows.

The deck model, the loader and the text helpers must work without Qt: the
CLI's `check`, the loader's fuzz tests and any future non-Qt consumer rely
on it. No module may pull in a browser engine or Qt's network stack.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_app"
QT_FREE = ("model", "loader", "text", "study", "poll")
FORBIDDEN = ("PySide6.QtWebEngine", "PySide6.QtNetwork", "requests", "urllib.request")


def imports_of(file: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_model_loader_and_text_do_not_import_qt() -> None:
    offenders = {
        str(file.relative_to(PACKAGE)): sorted(n for n in imports_of(file) if "PySide6" in n)
        for folder in QT_FREE
        if (PACKAGE / folder).is_dir()
        for file in (PACKAGE / folder).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_loading_a_deck_imports_no_qt() -> None:
    code = (
        "import sys; from desktop_app.loader import check_deck; "
        "from desktop_app.paths import bundled_deck; deck, _ = check_deck(bundled_deck()); "
        "assert deck is not None; print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "False"


def test_no_browser_engine_or_network_stack_anywhere() -> None:
    offenders = {
        str(file.relative_to(PACKAGE)): sorted(
            n for n in imports_of(file) if n.startswith(FORBIDDEN)
        )
        for file in PACKAGE.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_one_pdf_pipeline_and_no_private_pyside_api() -> None:
    """QPdfWriter only in desktop_app/export (one pipeline for every PDF), and nothing
    reaches into PySide's private `shibokensupport` internals."""
    writers, private = [], []
    for file in PACKAGE.rglob("*.py"):
        where = file.relative_to(PACKAGE)
        text = file.read_text(encoding="utf-8")
        if "QPdfWriter" in text and where.parts[0] != "export":
            writers.append(str(where))
        if "shibokensupport" in text:
            private.append(str(where))
    assert (writers, private) == ([], [])
