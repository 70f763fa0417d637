"""The garbage-collector pause used while big object graphs are built."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest

from desktop_app.collector import paused


def test_paused_inside_and_enabled_again_after_even_on_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused():
        assert not gc.isenabled()
        raise RuntimeError("a failed build must not leave the collector off")
    assert gc.isenabled()


def test_nested_pauses_keep_it_off_until_the_outermost_ends() -> None:
    with paused():
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_decided_in_one_place() -> None:
    """Only collector.py touches `gc`; the pauses are the ones its docstring justifies."""
    package = Path(__file__).resolve().parent.parent / "desktop_app"
    touching, pausing = [], []
    for file in package.rglob("*.py"):
        text = file.read_text(encoding="utf-8")
        where = str(file.relative_to(package))
        if where != "collector.py" and re.search(r"^\s*(import gc|from gc )", text, re.M):
            touching.append(where)
        if "paused()" in text and where != "collector.py":
            pausing.append(where)
    assert touching == []
    assert sorted(pausing) == ["cli/gui.py", "export/pdf_post.py", "yamlio/source.py"]
