"""The parse cache makes an unchanged deck open without PyYAML, and is never trusted blindly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop_app.loader import check_deck, load_deck
from desktop_app.yamlio import cache as parse_cache
from tests.conftest import MINIMAL_DECK

OPEN_WITHOUT_YAML = (
    "import sys; from pathlib import Path; from desktop_app.loader import load_deck; "
    "deck = load_deck(Path(sys.argv[1])); print(deck.title, 'yaml' in sys.modules)"
)


def run(deck: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", OPEN_WITHOUT_YAML, str(deck)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env=dict(os.environ),
    )
    return result.stdout.strip()


def test_second_start_does_not_import_pyyaml(make_deck) -> None:
    root = make_deck()
    assert run(root) == "Tiny True"
    assert run(root) == "Tiny False"


def test_an_edited_file_is_parsed_again(make_deck) -> None:
    root = make_deck()
    assert load_deck(root).title == "Tiny"
    (root / "deck.yaml").write_text(MINIMAL_DECK.replace("title: Tiny", "title: Edited"))
    assert load_deck(root).title == "Edited"
    (root / "deck.yaml").write_text(MINIMAL_DECK.replace("layout: title", "layout: nope"))
    deck, problems = check_deck(root)
    assert deck is None
    assert any("unknown layout 'nope'" in p.message and p.line == 16 for p in problems)


def test_cached_marks_still_locate_problems(make_deck) -> None:
    broken = MINIMAL_DECK.replace("builds: true", "builds: 3")
    first = check_deck(make_deck(broken))[1]
    second = check_deck(make_deck(broken))[1]
    assert [(p.message, p.line, p.column) for p in first] == [
        (p.message, p.line, p.column) for p in second
    ]
    assert any(p.line == 13 for p in second)


def test_corrupt_entries_are_ignored(make_deck) -> None:
    root = make_deck()
    load_deck(root)
    entries = list(parse_cache.folder().glob("*.bin"))
    assert entries
    for entry in entries:
        blob = bytearray(entry.read_bytes())
        blob[len(blob) // 2] ^= 0xFF  # one damaged byte, as a torn write or a bad disk leaves
        entry.write_bytes(bytes(blob))
    assert load_deck(root).title == "Tiny"
    for entry in entries:
        entry.write_bytes(b"")
    assert load_deck(root).title == "Tiny"


def test_an_entry_is_served_only_for_the_same_bytes() -> None:
    """Entries are named by a CRC, which can collide; the stored bytes decide."""
    parse_cache.put(b"title: A\n", {"title": "A"}, {(): (1, 1)})
    assert parse_cache.get(b"title: A\n") == ({"title": "A"}, {(): (1, 1)})
    impostor = b"title: B\n"
    parse_cache._entry(b"title: A\n").rename(parse_cache._entry(impostor))
    assert parse_cache.get(impostor) is None


def test_an_unwritable_cache_folder_costs_only_speed(
    make_deck, tmp_path: Path, monkeypatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert load_deck(make_deck()).title == "Tiny"


def test_the_cache_keeps_a_few_entries_and_evicts_the_least_recently_used(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    docs = [f"title: Deck {k}\n".encode() for k in range(parse_cache.KEEP + 4)]

    def put(k: int) -> None:
        parse_cache.put(docs[k], {"title": f"Deck {k}"}, {(): (1, 1)})
        # Distinct, old use times without sleeping: set the file times explicitly.
        os.utime(parse_cache._entry(docs[k]), (1_000_000 + k, 1_000_000 + k))

    for k in range(parse_cache.KEEP):
        put(k)
    assert parse_cache.get(docs[0]) is not None  # the first deck is opened again: used now
    for k in range(parse_cache.KEEP, len(docs)):
        put(k)
    kept = {p.name for p in parse_cache.folder().glob("*.bin")}
    assert len(kept) == parse_cache.KEEP
    assert parse_cache._entry(docs[0]).name in kept  # recently used survives
    for evicted in docs[1:4]:  # the least recently used are gone
        assert parse_cache._entry(evicted).name not in kept
