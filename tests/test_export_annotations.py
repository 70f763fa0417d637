"""`agora export --annotations`: the presenter's saved ink on exported slides, and only then."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from desktop_app.annotations import Ink
from desktop_app.cli.main import main
from desktop_app.export.job import ExportJob
from desktop_app.export.options import ExportOptions
from desktop_app.loader import load_deck
from desktop_app.render.fit import ensure_gui_app
from desktop_app.render.ink import INK_STYLE
from desktop_app.views.presenter.ink_store import InkStore

REPO = Path(__file__).resolve().parent.parent
PEN = QColor(INK_STYLE[Ink.PEN][0])
#: The pen's colour as a PDF stroke colour operator: 215/255 38/255 61/255 SCN.
PEN_STROKE = re.compile(rb"0\.8431\d* 0\.1490\d* 0\.2392\d* SCN")


@pytest.fixture(autouse=True)
def _gui(qapp) -> None:  # type: ignore[no-untyped-def]
    ensure_gui_app()


@pytest.fixture
def inked(make_deck) -> Path:  # type: ignore[no-untyped-def]
    """A deck whose second slide ("bye") has a pen stroke across it, saved as the presenter does."""
    root = make_deck()
    store = InkStore(load_deck(root))
    store.begin("bye", Ink.PEN, QPointF(200, 900))
    store.extend(QPointF(1700, 900))
    store.finish()
    assert store.path.exists()
    return root


def pen_pixels(image: QImage, y: int) -> int:
    """How many pixels along row `y` are (nearly) the pen's red."""

    def close(x: int) -> bool:
        c = image.pixelColor(x, y)
        return (
            abs(c.red() - PEN.red()) + abs(c.green() - PEN.green()) + abs(c.blue() - PEN.blue())
            < 40
        )

    return sum(close(x) for x in range(image.width()))


def export_png(root: Path, out: Path, *extra: str) -> Path:
    assert (
        main(["export", str(root), "-o", str(out), "--format", "png", "--width", "960", *extra])
        == 0
    )
    return out


def test_png_shows_the_ink_only_when_asked(inked: Path, tmp_path: Path) -> None:
    plain = QImage(str(export_png(inked, tmp_path / "plain") / "slide-02.png"))
    ink = QImage(str(export_png(inked, tmp_path / "ink", "--annotations") / "slide-02.png"))
    row = 900 * 960 // 1920  # the stroke's canvas y, at half scale
    assert pen_pixels(plain, row) == 0
    assert pen_pixels(ink, row) > 600  # most of the 750-pixel stroke
    # Slides without ink are the same picture either way.
    first_plain = QImage(str(tmp_path / "plain" / "slide-01.png"))
    assert QImage(str(tmp_path / "ink" / "slide-01.png")) == first_plain


def test_notes_and_handout_pages_carry_the_ink_too(inked: Path, tmp_path: Path) -> None:
    deck = load_deck(inked)
    for layout in ("slides", "handout", "notes"):
        streams = []
        for ink in (False, True):
            out = tmp_path / f"{layout}-{ink}.pdf"
            options = ExportOptions(output=out, layout=layout, annotations=ink)  # type: ignore[arg-type]
            ExportJob(deck, options).run()
            reader = PdfReader(out)
            streams.append([page.get_contents().get_data() for page in reader.pages])  # type: ignore[union-attr]
        without, with_ink = streams
        assert len(without) == len(with_ink)
        changed = [n for n, (a, b) in enumerate(zip(without, with_ink, strict=True)) if a != b]
        # Exactly the page holding slide 2 changed: slides/notes page 2, the handout's only page.
        assert changed == ([0] if layout == "handout" else [1]), layout
        # The pen's red (#d7263d) is set as the stroke colour there, and was not before.
        assert PEN_STROKE.search(with_ink[changed[0]]), layout
        assert not PEN_STROKE.search(without[changed[0]]), layout


def test_a_deck_without_saved_ink_exports_as_before(make_deck, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_deck()
    plain = QImage(str(export_png(root, tmp_path / "a") / "slide-02.png"))
    again = QImage(str(export_png(root, tmp_path / "b", "--annotations") / "slide-02.png"))
    assert plain == again


def test_headless_export_looks_in_the_apps_data_folder(tmp_path: Path) -> None:
    """`agora export` starts Qt without the windows' QApplication; it must still find the ink
    the presenter saved under the app's name, not under some other program's."""
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "PYTHONPATH": str(REPO)}
    env.pop("QT_QPA_PLATFORM", None)
    code = (
        "from desktop_app.render.fit import ensure_gui_app; ensure_gui_app(); "
        "from desktop_app.user_data import data_folder; print(data_folder())"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert run.stdout.strip() == str(tmp_path / "data" / "Agora" / "Agora")
