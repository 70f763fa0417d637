"""Ink on slides: the model, its file in the user's data folder, and drawing it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from desktop_app.annotations import (
    Annotations,
    Ink,
    Stroke,
    annotations_path,
    load_annotations,
    load_deck_annotations,
    save_annotations,
)
from desktop_app.model.deck import Deck
from desktop_app.render.ink import paint_strokes_in
from desktop_app.user_data import deck_data_dir
from desktop_app.views.presenter.ink_store import InkStore

LINE = Stroke(Ink.PEN, ((100.0, 100.0), (900.0, 500.0)))
MARK = Stroke(Ink.HIGHLIGHTER, ((100.0, 800.0), (1800.0, 800.0)))


def test_undo_reverts_adds_and_clears_per_slide() -> None:
    ink = Annotations()
    ink.add("a", LINE)
    ink.add("a", MARK)
    ink.add("b", LINE)
    assert ink.strokes("a") == (LINE, MARK)
    assert ink.clear("a")
    assert ink.strokes("a") == ()
    assert ink.strokes("b") == (LINE,)  # other slides untouched
    assert ink.undo("a")  # the clear was a mistake: the ink comes back
    assert ink.strokes("a") == (LINE, MARK)
    assert ink.undo("a")
    assert ink.strokes("a") == (LINE,)
    assert ink.undo("a") and not ink.undo("a")
    assert ink.strokes("a") == ()
    assert not ink.clear("a")  # nothing to clear: nothing to undo either
    assert not ink.can_undo("a")


def test_json_round_trip_keeps_strokes(tmp_path: Path) -> None:
    ink = Annotations()
    ink.add("intro", LINE)
    ink.add("outro", MARK)
    path = tmp_path / "ink.json"
    save_annotations(ink, tmp_path / "deck", path)
    again = load_annotations(path)
    assert again.strokes("intro") == (LINE,)
    assert again.strokes("outro") == (MARK,)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ink.json"]  # no temp file left


def test_damaged_file_is_set_aside_not_lost(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ink.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_annotations(path).slide_ids() == []
    err = capsys.readouterr().err
    assert str(path) in err and "damaged" in err
    (aside,) = tmp_path.glob("ink.damaged-*.json")
    assert aside.name in err and aside.read_text(encoding="utf-8") == "{not json"
    path.write_text("[second damage", encoding="utf-8")
    load_annotations(path)
    kept = sorted(p.read_text(encoding="utf-8") for p in tmp_path.glob("ink.damaged-*.json"))
    assert kept == ["[second damage", "{not json"]  # an earlier damaged copy is never overwritten


def test_wrong_shape_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ink.json"
    path.write_text(
        json.dumps({"format": 1, "slides": {"a": [{"ink": "crayon", "points": [[1, 2]]}]}})
    )
    assert load_annotations(path).strokes("a") == ()
    assert "damaged" in capsys.readouterr().err


def test_file_lives_in_user_data_not_in_deck(tmp_path: Path) -> None:
    deck = Deck(root=tmp_path / "my deck", title="Mine")
    path = annotations_path(deck)
    assert path.parent == deck_data_dir(deck)
    assert deck.root not in path.parents
    assert annotations_path(deck) == path  # stable
    assert annotations_path(Deck(root=tmp_path / "other", title="Mine")) != path


def test_ink_store_survives_a_restart(tmp_path: Path) -> None:
    deck = Deck(root=tmp_path / "deck", title="Deck")
    store = InkStore(deck)
    store.begin("s1", Ink.PEN, QPointF(10, 10))
    store.extend(QPointF(50, 60))
    store.extend(QPointF(50.5, 60))  # sub-pixel jitter is dropped
    assert len(store.strokes("s1")[0].points) == 2  # the live stroke is visible while drawn
    store.finish()
    store.begin("s1", Ink.HIGHLIGHTER, QPointF(0, 500))
    store.extend(QPointF(900, 500))
    store.finish()
    store.undo("s1")
    assert store.path.is_file()

    reopened = InkStore(deck)
    assert reopened.strokes("s1") == (Stroke(Ink.PEN, ((10.0, 10.0), (50.0, 60.0))),)
    assert load_deck_annotations(deck).strokes("s1") == reopened.strokes("s1")


def test_paint_strokes_in_a_frame_marks_the_right_pixels() -> None:
    image = QImage(QSize(384, 216), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_strokes_in(painter, QRectF(0, 0, 384, 216), [LINE])
    painter.end()
    # The stroke runs from canvas (100,100) to (900,500): a fifth of that on this image.
    middle = image.pixelColor(100, 60)
    assert middle.red() > 150 and middle.green() < 120
    assert image.pixelColor(300, 40) == QColor("white")


def test_a_saved_stroke_without_points_is_dropped_and_the_rest_still_paints(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ink.json"
    empty = {"ink": "pen", "points": []}
    path.write_text(json.dumps({"format": 1, "slides": {"a": [empty, LINE.to_json()]}}))
    loaded = load_annotations(path)
    assert loaded.strokes("a") == (LINE,)
    image = QImage(QSize(384, 216), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_strokes_in(painter, QRectF(0, 0, 384, 216), loaded.strokes("a"))
    painter.end()
    assert image.pixelColor(100, 60).red() > 150 and image.pixelColor(100, 60).green() < 120
