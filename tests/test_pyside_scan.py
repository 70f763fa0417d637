"""PySide6's per-module import scan, answered from the file's bytes: same answers, faster."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import pyside_scan

feature = pytest.importorskip("shibokensupport.feature")
PACKAGE = Path(pyside_scan.__file__).resolve().parent


def test_installed_once_and_answers_like_pyside() -> None:
    assert pyside_scan.speed_up_import_scan()
    assert pyside_scan.speed_up_import_scan()  # a second call changes nothing
    scan = feature._mod_uses_pyside
    assert isinstance(scan, pyside_scan._FileScan)
    names = [
        "desktop_app." + ".".join(f.relative_to(PACKAGE).with_suffix("").parts)
        for f in sorted(PACKAGE.rglob("*.py"))
        if f.name != "__main__.py"
    ]
    modules = [importlib.import_module(n.removesuffix(".__init__")) for n in names]
    modules += [sys, importlib.import_module("json"), importlib.import_module("PySide6.QtCore")]
    answers = {m.__name__: scan(m) for m in modules}
    assert answers == {m.__name__: scan.upstream(m) for m in modules}
    assert answers["desktop_app.app"] is True and answers["desktop_app.model.deck"] is False


def test_a_window_start_installs_it() -> None:
    code = (
        "import sys; from desktop_app.app import application; application(); "
        "from desktop_app.pyside_scan import _FileScan; "
        "print(isinstance(sys.modules['shibokensupport.feature']._mod_uses_pyside, _FileScan))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    assert done.stdout.strip() == "True"
