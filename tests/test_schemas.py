"""The JSON Schemas editors use agree with the decks the loader accepts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml

from desktop_app.loader import check_deck
from desktop_app.loader.debate_loader import POSITION_IDS
from desktop_app.model.problems import Severity
from desktop_app.paths import bundled_deck, resources
from desktop_app.yamlio.source import load_yaml
from tests.conftest import EXAMPLE_DECK


def schema(name: str) -> dict:
    return json.loads((resources() / "schema" / f"{name}.schema.json").read_text())


@pytest.mark.parametrize("name", ["deck", "debate"])
def test_schema_is_a_valid_draft_2020_12_schema(name: str) -> None:
    jsonschema.Draft202012Validator.check_schema(schema(name))


@pytest.mark.parametrize("folder", [bundled_deck(), EXAMPLE_DECK], ids=["bundled", "example"])
@pytest.mark.parametrize("name", ["deck", "debate"])
def test_shipped_decks_validate_against_the_schema(folder: Path, name: str) -> None:
    data = load_yaml(folder / f"{name}.yaml").data
    jsonschema.Draft202012Validator(schema(name)).validate(data)


def test_schema_rejects_what_the_loader_rejects() -> None:
    data = load_yaml(bundled_deck() / "deck.yaml").data
    data["sections"][0]["slides"][0]["layout"] = "nope"
    data["titel"] = "typo"
    errors = list(jsonschema.Draft202012Validator(schema("deck")).iter_errors(data))
    assert len(errors) >= 2


def test_position_ids_are_the_loaders() -> None:
    """Editors offer exactly the ids the loader accepts, from one list in the schema."""
    definition = schema("debate")["$defs"]["position_id"]
    assert definition["enum"] == list(POSITION_IDS)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("  - id: hybrid\n", "  - id: middle\n"),  # a position the app cannot draw
        ("    side: hybrid\n", "    side: middle\n"),  # an argument of no known side
        ("  for: open\n", "  for: middle\n"),  # the motion's vote for a side nobody holds
        ("    dimension: scrutiny-vs-safety\n    title: Transparency", "    title: Transparency"),
    ],
    ids=["position", "side", "motion", "open-without-dimension"],
)
def test_the_schema_refuses_what_the_loader_refuses_in_a_debate(
    tmp_path: Path, old: str, new: str
) -> None:
    """The example deck validates (above); each change breaks both the loader and the schema."""
    text = (EXAMPLE_DECK / "debate.yaml").read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    root = tmp_path / "deck"
    shutil.copytree(EXAMPLE_DECK, root)
    (root / "debate.yaml").write_text(text, encoding="utf-8")
    deck, problems = check_deck(root)
    assert deck is None and any(p.severity is Severity.ERROR for p in problems)
    assert list(jsonschema.Draft202012Validator(schema("debate")).iter_errors(yaml.safe_load(text)))
