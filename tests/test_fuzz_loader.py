"""Fuzzing the deck loader: whatever the files hold, `check_deck` reports, never crashes.

Teachers edit decks by hand and share them by e-mail and USB sticks, so the
loader sees broken, truncated, mis-encoded and hostile YAML and Markdown.
Hypothesis generates such folders; `check_deck` must return problems (never
raise) and `load_deck` may raise only DeckError, each within a second.
Derandomized and bounded so CI runs the same ~150 examples every time.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.loader import check_deck, load_deck
from desktop_app.model.deck import LAYOUTS as MODEL_LAYOUTS
from desktop_app.model.problems import DeckError, Problem

FUZZ = settings(
    max_examples=50, derandomize=True, deadline=1000, suppress_health_check=[HealthCheck.too_slow]
)

KEYS = [
    "format",
    "title",
    "subtitle",
    "theme",
    "colors",
    "debate",
    "sections",
    "slides",
    "id",
    "layout",
    "body",
    "body_file",
    "notes",
    "notes_file",
    "builds",
    "quiz",
    "glossary",
    "image",
    "alt",
    "left",
    "right",
    "prompts",
    "dimensions",
    "positions",
    "arguments",
    "answers",
    "side",
    "motion",
    "choices",
    "answer",
    "minutes",
    "duration_minutes",
]
LAYOUTS = [*MODEL_LAYOUTS, "nope"]
TAGS = [
    "!!python/object:os.system",
    "!!python/name:os.system",
    "!!binary",
    "!!set",
    "!!omap",
    "!!pairs",
    "!!timestamp",
    "!!str",
    "!!int",
    "!!float",
    "!!map",
    "!!seq",
    "!custom",
    "!<tag:example.com,2000:x>",
    "!!merge",
]

text = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)
control = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x1F), max_size=10)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    text,
    st.sampled_from(LAYOUTS),
    control,
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(KEYS), text), inner, max_size=5),
    ),
    max_leaves=30,
)
# Valid-looking decks: the real shape with random holes, types and extra keys.
slide = st.fixed_dictionaries(
    {
        "id": st.one_of(st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True), text),
        "layout": st.sampled_from(LAYOUTS),
    },
    optional={
        k: values
        for k in (
            "title",
            "body",
            "body_file",
            "notes",
            "notes_file",
            "builds",
            "quiz",
            "image",
            "alt",
            "prompts",
            "dimensions",
            "left",
        )
    },
)
deck_like = st.fixed_dictionaries(
    {
        "format": st.sampled_from([1, 2, "1", None]),
        "title": scalars,
        "sections": st.lists(
            st.fixed_dictionaries(
                {
                    "id": st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True),
                    "title": scalars,
                    "slides": st.lists(slide, max_size=4),
                }
            ),
            max_size=3,
        ),
    },
    optional={
        "debate": st.sampled_from(["debate.yaml", "../x.yaml", "/etc/passwd", "md"]),
        "theme": scalars,
        "colors": values,
        "quiz": values,
        "glossary": values,
        "unknown": values,
    },
)


def _dump(value: object) -> str:
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False)


tagged = st.builds(
    lambda tag, v: f"title: {tag} {v!r}\nsections: {tag} []\n", st.sampled_from(TAGS), text
)
aliases = st.integers(1, 12).map(
    lambda n: (
        "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n" for i in range(1, n)
        )
        + f"title: *a{n - 1}\n"
    )
)
nesting = st.integers(1, 3000).flatmap(
    lambda n: st.sampled_from(
        [
            "[" * n + "]" * n,
            "{a: " * n + "1" + "}" * n,
            "".join(f"{'  ' * i}k{i}:\n" for i in range(min(n, 400))),
        ]
    )
)
huge = st.integers(10_000, 1_200_000).map(lambda n: "title: " + "x" * n + "\n")
yaml_texts = st.one_of(
    deck_like.map(_dump), values.map(_dump), tagged, aliases, nesting, huge, text, control
)
raw = st.one_of(
    yaml_texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.binary(max_size=200),
    yaml_texts.map(lambda t: b"\xff\xfe" + t.encode("utf-16-le", "surrogatepass")),
    yaml_texts.map(lambda t: t.encode("utf-8", "surrogatepass") + b"\x80\xc3("),
)
markdown = st.one_of(
    text,
    control,
    st.lists(
        st.sampled_from(
            [
                "- item",
                "  - nested",
                "**bold",
                "[t](term:nope)",
                "[s](slide:x)",
                "```",
                "<script>",
                "| a | b |",
                "# h",
                "\t\x00",
                "![i](/etc/x)",
            ]
        ),
        max_size=20,
    ).map("\n".join),
).map(lambda t: t.encode("utf-8", "surrogatepass"))


def _deck_folder(root: Path, deck: bytes, debate: bytes, md: bytes) -> Path:
    (root / "md").mkdir()
    (root / "deck.yaml").write_bytes(deck)
    (root / "debate.yaml").write_bytes(debate)
    (root / "md" / "a.md").write_bytes(md)
    return root


def _assert_reports(root: Path) -> None:
    deck, problems = check_deck(root)
    assert all(isinstance(p, Problem) for p in problems)
    if deck is None:
        assert problems, "a deck that does not load must say why"
    try:
        load_deck(root)
    except DeckError as exc:
        assert exc.problems


@FUZZ
@given(deck=raw, debate=raw, md=markdown)
def test_any_bytes_give_problems_never_a_crash(deck: bytes, debate: bytes, md: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _assert_reports(_deck_folder(Path(tmp), deck, debate, md))


@FUZZ
@given(deck=deck_like, debate=values, md=markdown)
def test_valid_looking_decks_give_problems_never_a_crash(
    deck: dict, debate: object, md: bytes
) -> None:
    body = _dump(deck).replace("body_file: ''", "body_file: md/a.md")
    with tempfile.TemporaryDirectory() as tmp:
        _assert_reports(_deck_folder(Path(tmp), body.encode(), _dump(debate).encode(), md))


@FUZZ
@given(tag=st.sampled_from(TAGS), where=st.sampled_from(["title", "sections", "format", "key"]))
def test_every_yaml_tag_is_refused_with_a_located_problem(tag: str, where: str) -> None:
    doc = {"title": "T", "format": 1, "sections": []}
    lines = [f"{k}: {tag} {v!r}" if k == where else f"{k}: {v!r}" for k, v in doc.items()]
    if where == "key":
        lines.append(f"{tag} k: 1")
    with tempfile.TemporaryDirectory() as tmp:
        root = _deck_folder(Path(tmp), "\n".join(lines).encode(), b"", b"")
        deck, problems = check_deck(root)
        _assert_reports(root)
        if tag.startswith(("!!python", "!custom", "!<", "!!binary", "!!set", "!!omap", "!!pairs")):
            assert deck is None
            assert any(p.line for p in problems), [p.format() for p in problems]
