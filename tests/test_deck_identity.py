"""One deck identity keys every kind of per-user data, and old data moves to it once."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path
from urllib.parse import quote

import pytest

from desktop_app.annotations import Ink, Stroke, load_deck_annotations
from desktop_app.app import settings
from desktop_app.loader import check_deck, load_deck
from desktop_app.model.identity import deck_identity
from desktop_app.poll.tally import Tally, deck_poll_file
from desktop_app.study.store import StudyStore
from desktop_app.user_data import data_folder, deck_data_dir
from desktop_app.views.audience import launch_audience
from tests.conftest import MINIMAL_DECK

WITH_ID = MINIMAL_DECK.replace("format: 1\n", "format: 1\nid: my-talk\n")
LINE = Stroke(Ink.PEN, ((100.0, 100.0), (900.0, 500.0)))


def write_deck(where: Path, text: str = MINIMAL_DECK) -> Path:
    where.mkdir(parents=True)
    (where / "deck.yaml").write_text(text, encoding="utf-8")
    return where


def test_the_id_is_read_and_a_bad_one_is_located(tmp_path: Path) -> None:
    assert load_deck(write_deck(tmp_path / "a", WITH_ID)).id == "my-talk"
    assert load_deck(write_deck(tmp_path / "b")).id == ""
    deck, problems = check_deck(write_deck(tmp_path / "c", WITH_ID.replace("my-talk", "My Talk")))
    assert deck is None
    assert any("deck id 'My Talk'" in p.message and p.line == 2 for p in problems)


def test_a_deck_with_an_id_keeps_its_identity_when_moved_or_retitled(tmp_path: Path) -> None:
    first = load_deck(write_deck(tmp_path / "here", WITH_ID))
    moved = tmp_path / "elsewhere" / "renamed"
    moved.parent.mkdir()
    shutil.move(str(first.root), moved)
    (moved / "deck.yaml").write_text(WITH_ID.replace("title: Tiny", "title: Retitled"))
    again = load_deck(moved)
    assert deck_identity(again) == deck_identity(first) == "id-my-talk"
    assert deck_data_dir(again) == deck_data_dir(first)


def test_without_an_id_the_folder_decides(tmp_path: Path) -> None:
    one = load_deck(write_deck(tmp_path / "one" / "deck"))
    two = load_deck(write_deck(tmp_path / "two" / "deck"))  # same folder name and title
    assert deck_identity(one) != deck_identity(two)
    (one.root / "deck.yaml").write_text(MINIMAL_DECK.replace("title: Tiny", "title: Edited"))
    assert deck_identity(load_deck(one.root)) == deck_identity(one)  # edits keep it
    link = tmp_path / "link"
    link.symlink_to(one.root)
    assert deck_identity(load_deck(link)) == deck_identity(one)


def test_two_decks_with_the_same_folder_name_and_title_share_nothing(tmp_path: Path) -> None:
    one = load_deck(write_deck(tmp_path / "one" / "deck"))
    two = load_deck(write_deck(tmp_path / "two" / "deck"))
    data = data_folder()
    Tally.load(deck_poll_file(data, one)).add("before", "open", 5)
    assert Tally.load(deck_poll_file(data, two)).total("before") == 0
    mine = StudyStore.for_deck(data, one)
    mine.set_note("hello", "only for deck one")
    mine.close()
    theirs = StudyStore.for_deck(data, two)
    assert theirs.notes() == {}
    theirs.close()


def test_ink_saved_by_an_earlier_version_moves_to_the_deck_folder(tmp_path: Path) -> None:
    deck = load_deck(write_deck(tmp_path / "deck"))
    legacy = data_folder() / "annotations" / f"{deck_identity(deck).removeprefix('path-')}.json"
    legacy.parent.mkdir(parents=True)
    slides = {"hello": [LINE.to_json()]}
    legacy.write_text(json.dumps({"format": 1, "deck": str(deck.root), "slides": slides}))
    assert load_deck_annotations(deck).strokes("hello") == (LINE,)
    assert not legacy.exists()
    assert (deck_data_dir(deck) / "ink.json").is_file()


def test_a_poll_saved_by_an_earlier_version_moves_once_and_never_overwrites(
    tmp_path: Path,
) -> None:
    deck = load_deck(write_deck(tmp_path / "deck"))
    legacy = data_folder() / "polls" / "deck-Tiny.json"
    legacy.parent.mkdir(parents=True)
    legacy.write_text(json.dumps({"format": 1, "before": {"open": 4}, "after": {}}))
    assert Tally.load(deck_poll_file(data_folder(), deck)).count("before", "open") == 4
    assert not legacy.exists()
    legacy.write_text(json.dumps({"format": 1, "before": {"open": 99}, "after": {}}))
    assert Tally.load(deck_poll_file(data_folder(), deck)).count("before", "open") == 4


def test_study_rows_saved_under_the_old_key_move_to_the_identity(tmp_path: Path) -> None:
    deck = load_deck(write_deck(tmp_path / "deck"))
    old = StudyStore.open(data_folder(), "deck/Tiny")  # folder name / title, as before
    old.set_note("hello", "from last term")
    old.set_position("bye")
    old.close()
    store = StudyStore.for_deck(data_folder(), deck)
    assert store.notes() == {"hello": "from last term"}
    assert store.position() == "bye"
    assert store.deck == deck_identity(deck)
    store.close()


@pytest.mark.usefixtures("qapp")
def test_the_last_slide_remembered_by_an_earlier_version_is_restored(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    deck = load_deck(write_deck(tmp_path / "deck"))
    legacy = "last_slide/" + quote(str(deck.root.resolve()), safe="")
    settings().setValue(legacy, "bye")
    window = launch_audience(deck, argparse.Namespace(theme=None, fullscreen=False, start=0))
    qtbot.addWidget(window)
    assert window.state.index == 1
    assert not settings().contains(legacy)
    assert settings().value("last_slide/" + deck_identity(deck)) == "bye"
