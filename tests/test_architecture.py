"""Architecture rules that import-linter cannot express.

The layering (which package may import which, what stays free of Qt and of
Markdown) is in pyproject.toml as import-linter contracts, run by `make lint`.
What is left here is about parts of a package or names in the code: no Qt
browser engine or network module, QPdfWriter only in the export pipeline,
nothing from PySide's private `shibokensupport`.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_app"
FORBIDDEN = ("PySide6.QtWebEngine", "PySide6.QtNetwork", "requests", "urllib.request")


def imports_of(file: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


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
