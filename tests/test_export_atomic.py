"""Atomic export: a failed or cancelled export never damages the file already there."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from desktop_app import atomic
from desktop_app.export.job import ExportJob
from desktop_app.export.options import ExportCancelled, ExportError, ExportOptions
from desktop_app.model.deck import Deck
from desktop_app.render.fit import ensure_gui_app
from desktop_app.render.renderer import SlideRenderer

OLD = b"%PDF-1.4 an earlier export the user still has\n"


@pytest.fixture(autouse=True)
def _gui(qapp) -> None:  # type: ignore[no-untyped-def]
    ensure_gui_app()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_renderer_failure_mid_way_keeps_the_old_file(
    deck: Deck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "deck.pdf"
    target.write_bytes(OLD)
    real = SlideRenderer.paint
    calls = {"n": 0}

    def failing(self, painter, rect, index, step=None, options=None):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 5:
            raise RuntimeError("boom")
        return real(self, painter, rect, index, step, options)

    monkeypatch.setattr(SlideRenderer, "paint", failing)
    with pytest.raises(ExportError, match=r"page 5 of .*deck\.pdf.*boom"):
        ExportJob(deck, ExportOptions(output=target)).run()
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


def test_cancel_keeps_the_old_file(deck: Deck, tmp_path: Path) -> None:
    target = tmp_path / "deck.pdf"
    target.write_bytes(OLD)
    seen: list[int] = []
    job = ExportJob(deck, ExportOptions(output=target))

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done == 3:
            job.cancel()

    job.progress = progress
    with pytest.raises(ExportCancelled):
        job.run()
    assert seen == [0, 1, 2, 3]
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


def test_full_disk_while_writing_keeps_the_old_file(
    deck: Deck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "deck.pdf"
    target.write_bytes(OLD)

    def no_space(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", no_space)
    with pytest.raises(ExportError) as caught:
        ExportJob(deck, ExportOptions(output=target, slides=(0, 1))).run()
    assert str(caught.value) == f"cannot write {target}: the disk is full"
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


def test_failed_rename_removes_the_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "x.pdf"
    target.write_bytes(OLD)

    def refuse(*args: object) -> None:
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(atomic.WriteError, match="permission denied"):
        atomic.write_bytes(target, b"new")
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


def test_folder_that_cannot_exist_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(atomic.WriteError, match=r"cannot write .*file/out\.pdf: a part of the"):
        atomic.write_bytes(blocker / "out.pdf", b"data")


def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "new.pdf"
    atomic.write_bytes(target, b"data")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


def test_png_cancel_adds_no_files(deck: Deck, tmp_path: Path) -> None:
    out = tmp_path / "png"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    job = ExportJob(deck, ExportOptions(output=out, format="png", width=320))
    job.progress = lambda done, total: job.cancel() if done == 2 else None
    with pytest.raises(ExportCancelled):
        job.run()
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]
    assert leftovers(tmp_path) == []
