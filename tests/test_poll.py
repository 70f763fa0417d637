"""The class poll: counts survive a restart, damaged files are kept, CSV is right, chart paints."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.poll import PollError, Tally


def test_counts_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "decks" / "id-open-vs-closed-ai" / "poll.json"
    first = Tally.load(path)
    first.add("before", "open")
    first.add("before", "open")
    first.set("before", "closed", 7)
    first.add("after", "hybrid", 3)
    first.add("after", "hybrid", -1)
    again = Tally.load(path)
    assert again.count("before", "open") == 2
    assert again.count("before", "closed") == 7
    assert again.count("after", "hybrid") == 2
    assert again.total("before") == 9


def test_counts_never_go_below_zero(tmp_path: Path) -> None:
    tally = Tally.load(tmp_path / "p.json")
    tally.add("before", "open", -1)
    assert tally.count("before", "open") == 0


def test_no_temporary_files_are_left_beside_the_poll(tmp_path: Path) -> None:
    tally = Tally.load(tmp_path / "p.json")
    for _ in range(5):
        tally.add("after", "closed")
    assert [p.name for p in tmp_path.iterdir()] == ["p.json"]


def test_csv_has_one_line_per_phase(tmp_path: Path) -> None:
    tally = Tally.load(tmp_path / "p.json")
    tally.set("before", "open", 12)
    tally.set("before", "closed", 9)
    tally.set("before", "hybrid", 5)
    tally.set("after", "hybrid", 13)
    target = tmp_path / "out.csv"
    tally.export_csv(target)
    assert target.read_text(encoding="utf-8") == (
        "phase,open,closed,hybrid,total\nbefore,12,9,5,26\nafter,0,0,13,13\n"
    )


@pytest.mark.parametrize(
    "text", ["{not json", '{"format": 99}', '{"format": 1, "before": {"open": -2}}']
)
def test_a_damaged_file_is_reported_and_kept(tmp_path: Path, text: str) -> None:
    path = tmp_path / "p.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PollError, match=str(path)):
        Tally.load(path)
    assert path.read_text(encoding="utf-8") == text


def test_an_unwritable_folder_is_reported_by_name(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    tally = Tally(blocker / "polls" / "p.json")
    with pytest.raises(PollError, match=r"p\.json|file"):
        tally.add("before", "open")


def test_chart_paints_bars_in_side_colours(tmp_path: Path, qapp, deck) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from desktop_app.i18n import deck_words
    from desktop_app.render.poll_chart import paint_poll
    from desktop_app.render.theme import load_theme

    theme = load_theme(deck.theme).with_colors(deck.colors)
    tally = Tally.load(tmp_path / "p.json")
    tally.set("after", "open", 10)
    image = QImage(960, 540, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_poll(painter, QRectF(0, 0, 960, 540), theme, tally, deck.debate, deck_words("en"))
    painter.end()
    open_color = QColor(theme.side("open"))
    hits = sum(
        1
        for x in range(0, 960, 4)
        for y in range(0, 540, 4)
        if image.pixelColor(x, y) == open_color
    )
    assert hits > 50
