"""Each kind of bad input gives a located message, never a crash or a traceback."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from desktop_app.loader import check_deck, load_deck
from desktop_app.model.problems import DeckError, Severity
from tests.conftest import MINIMAL_DECK


def errors(path: Path) -> list[str]:
    deck, problems = check_deck(path)
    found = [p.format() for p in problems if p.severity is Severity.ERROR]
    assert (deck is None) == bool(found)
    return found


def one_error(path: Path, needle: str) -> str:
    found = errors(path)
    matching = [e for e in found if needle in e]
    assert matching, f"no error containing {needle!r} in {found}"
    return matching[0]


def test_minimal_deck_loads_with_builds(make_deck) -> None:
    deck = load_deck(make_deck())
    assert [s.id for s in deck.slides] == ["hello", "bye"]
    assert deck.slides[0].fragments == 2
    assert deck.slides[1].steps == 1


def test_deck_yaml_path_is_accepted_as_well_as_folder(make_deck) -> None:
    root = make_deck()
    assert load_deck(root / "deck.yaml").root == root


def test_missing_folder(tmp_path: Path) -> None:
    assert "deck folder not found" in one_error(tmp_path / "nope", "not found")


def test_yaml_syntax_error_has_line_and_column(make_deck) -> None:
    root = make_deck("format: 1\ntitle: [unclosed\nsections: []\n")
    message = one_error(root, "YAML syntax")
    assert "deck.yaml:3:" in message or "deck.yaml:2:" in message


def test_unknown_key_suggests_the_right_one(make_deck) -> None:
    root = make_deck(MINIMAL_DECK.replace("title: Tiny", "title: Tiny\ntitel: x"))
    message = one_error(root, "unknown key 'titel'")
    assert "deck.yaml:3:1" in message
    assert "did you mean 'title'" in message


def test_unknown_layout(make_deck) -> None:
    root = make_deck(MINIMAL_DECK.replace("layout: title", "layout: tittle"))
    message = one_error(root, "unknown layout 'tittle'")
    assert "deck.yaml:16:9" in message


def test_wrong_type(make_deck) -> None:
    root = make_deck(MINIMAL_DECK.replace("builds: true", "builds: yes please"))
    assert "must be true or false" in one_error(root, "builds")


def test_duplicate_id(make_deck) -> None:
    root = make_deck(MINIMAL_DECK.replace("id: bye", "id: hello"))
    message = one_error(root, "duplicate slide id 'hello'")
    assert ":15:" in message


def test_duplicate_key(make_deck) -> None:
    root = make_deck(MINIMAL_DECK.replace("title: Tiny", "title: Tiny\ntitle: Again"))
    assert "appears twice" in one_error(root, "title")


def test_missing_markdown_file_names_both_files(make_deck) -> None:
    root = make_deck(MINIMAL_DECK.replace("body: |", "body_file: md/missing.md\n        x: |"))
    found = errors(root)
    assert any("missing.md" in e and "file not found" in e for e in found)


@pytest.mark.parametrize(
    "written",
    ["../../etc/passwd", "/etc/passwd", "C:\\\\Windows\\\\win.ini", "md/../../outside.md"],
)
def test_paths_leaving_the_deck_are_refused(make_deck, written: str) -> None:
    root = make_deck(MINIMAL_DECK.replace("body: |", f'body_file: "{written}"\n        x: |'))
    found = errors(root)
    assert any(
        "not allowed" in e or "leaves the deck" in e or "names a drive" in e for e in found
    ), found


def test_symlink_out_of_the_deck_is_refused(make_deck, tmp_path: Path) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text("- secret")
    root = make_deck(MINIMAL_DECK.replace("body: |", "body_file: md/link.md\n        x: |"))
    (root / "md").mkdir()
    os.symlink(secret, root / "md" / "link.md")
    assert "outside the deck folder" in one_error(root, "link.md")


def test_non_utf8_text_is_located(make_deck) -> None:
    root = make_deck()
    (root / "deck.yaml").write_bytes(b"format: 1\ntitle: Caf\xe9\n")
    message = one_error(root, "not valid UTF-8")
    assert "deck.yaml:2:11" in message


def test_python_tags_are_never_constructed(make_deck, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    root = make_deck(
        MINIMAL_DECK.replace(
            "title: Tiny",
            f"title: !!python/object/apply:os.system ['touch {marker}']",
        )
    )
    assert "unsupported YAML tag" in one_error(root, "tag")
    assert not marker.exists()


def test_alias_bomb_is_refused_quickly(make_deck) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    root = make_deck("\n".join(lines) + "\n")
    started = time.perf_counter()
    assert "too many values" in one_error(root, "alias")
    assert time.perf_counter() - started < 5  # a guard against hanging, not a benchmark


def test_deep_nesting_is_refused(make_deck) -> None:
    root = make_deck("x: " + "[" * 5000 + "]" * 5000 + "\n")
    found = errors(root)
    assert any("deep" in e for e in found), found


def test_oversized_file_is_refused(make_deck) -> None:
    root = make_deck()
    (root / "deck.yaml").write_text("# " + "x" * 1_100_000 + "\n")
    assert "larger than" in one_error(root, "larger")


def test_all_problems_are_reported_together(make_deck) -> None:
    broken = (
        MINIMAL_DECK.replace("layout: title", "layout: nope")
        .replace("title: Tiny", "title: Tiny\ncolour: red")
        .replace("builds: true", "builds: 3")
    )
    found = errors(make_deck(broken))
    assert len(found) >= 3


def test_unknown_references_are_located(make_deck) -> None:
    root = make_deck(MINIMAL_DECK.replace("- second", "- see [x](term:nowhere)"))
    assert "unknown glossary term 'nowhere'" in one_error(root, "nowhere")


def test_reference_in_markdown_file_gives_its_line(make_deck) -> None:
    root = make_deck(
        MINIMAL_DECK.replace("body: |", "body_file: md/a.md\n        x: |"),
        **{"md/a.md": "- one\n- two [y](arg:ghost)\n"},
    )
    found = errors(root)
    assert any("a.md:2:" in e and "ghost" in e for e in found), found


def test_load_deck_raises_deck_error_with_every_problem(make_deck) -> None:
    root = make_deck(MINIMAL_DECK.replace("layout: title", "layout: x").replace("id: bye", "id: B"))
    with pytest.raises(DeckError) as info:
        load_deck(root)
    assert len(info.value.problems) >= 2


def test_missing_notes_is_a_warning_not_an_error(make_deck) -> None:
    deck, problems = check_deck(make_deck(MINIMAL_DECK.replace("        notes: Say bye.\n", "")))
    assert deck is not None
    assert any(p.severity is Severity.WARNING and "no speaker notes" in p.message for p in problems)


def test_an_empty_value_tagged_int_is_a_located_problem(make_deck) -> None:
    """PyYAML's own int constructor fails on `!!int ''` with an IndexError (found by fuzzing)."""
    deck, problems = check_deck(make_deck("title: !!int ''\nsections: []\n"))
    assert deck is None
    assert [(p.line, p.column) for p in problems] == [(1, 8)]
    assert "is not a valid int" in problems[0].message
