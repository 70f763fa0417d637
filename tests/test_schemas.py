"""The JSON Schemas editors use agree with the decks the loader accepts."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

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
