"""debate.yaml → `Debate`: positions, dimensions, arguments and their links."""

from __future__ import annotations

from pathlib import Path

from desktop_app.deck_files import ImageRefused, check_image
from desktop_app.loader.fields import Fields
from desktop_app.model.debate import Argument, Debate, Dimension, Motion, Position
from desktop_app.model.problems import Problem
from desktop_app.yamlio.source import Path_, SourceError, load_yaml

#: The sides the comparison, the cards and the themes know how to draw.
POSITION_IDS = ("open", "closed", "hybrid")
#: Sides whose arguments face each other in comparison rows, so each needs a dimension.
_PAIRED_SIDES = ("open", "closed")
_TOP = ("format", "motion", "positions", "dimensions", "arguments")
_POSITION = ("id", "label", "stance", "who", "color", "marker")
_MOTION = ("text", "for", "against")
_DIMENSION = ("id", "title", "question")
_ARGUMENT = (
    "id",
    "side",
    "dimension",
    "title",
    "summary",
    "detail",
    "examples",
    "answers",
    "tension",
    "pictogram",
    "pictogram_alt",
)


def load_debate(
    file: Path, problems: list[Problem], real_root: Path
) -> tuple[Debate | None, Fields | None]:
    """Parse and check a debate file; problems are appended, never raised.

    Pictogram paths are relative to the deck folder `real_root` (already
    resolved) and may not leave it.
    """
    try:
        doc = load_yaml(file)
    except SourceError as exc:
        problems.append(exc.problem)
        return None, None
    f = Fields(doc, problems)
    top = f.mapping(doc.data, (), _TOP, "debate.yaml")
    if top and top.get("format") != 1:
        f.error(("format",), "unsupported or missing format version", "write `format: 1`")

    positions: list[Position] = []
    for i, raw in enumerate(f.items(top, "positions", (), required=bool(top))):
        path = ("positions", i)
        m = f.mapping(raw, path, _POSITION, "a position")
        if not m:
            continue
        color = f.color(m["color"], (*path, "color")) if "color" in m else ""
        positions.append(
            Position(
                id=f.ident(m, "id", path, "position"),
                label=f.text(m, "label", path, required=True),
                stance=f.text(m, "stance", path, required=True),
                who=f.texts(m, "who", path),
                color=color,
                marker=f.text(m, "marker", path),
            )
        )
    for i, position in enumerate(positions):
        if position.id and position.id not in POSITION_IDS:
            f.error(
                ("positions", i, "id"),
                f"unknown position id {position.id!r}",
                "one of: " + ", ".join(POSITION_IDS),
            )
    _unique(f, [p.id for p in positions], "positions", "position")
    sides = {p.id for p in positions}

    dimensions: list[Dimension] = []
    for i, raw in enumerate(f.items(top, "dimensions", ())):
        path = ("dimensions", i)
        m = f.mapping(raw, path, _DIMENSION, "a dimension")
        if m:
            dimensions.append(
                Dimension(
                    id=f.ident(m, "id", path, "dimension"),
                    title=f.text(m, "title", path, required=True),
                    question=f.text(m, "question", path),
                )
            )
    _unique(f, [d.id for d in dimensions], "dimensions", "dimension")
    dims = {d.id for d in dimensions}

    arguments: list[Argument] = []
    raw_args = f.items(top, "arguments", (), required=bool(top))
    for i, raw in enumerate(raw_args):
        path = ("arguments", i)
        m = f.mapping(raw, path, _ARGUMENT, "an argument")
        if not m:
            continue
        arg = Argument(
            id=f.ident(m, "id", path, "argument"),
            side=f.text(m, "side", path, required=True),
            title=f.text(m, "title", path, required=True),
            summary=f.text(m, "summary", path, required=True),
            detail=f.text(m, "detail", path),
            dimension=f.text(m, "dimension", path),
            examples=f.texts(m, "examples", path),
            answers=f.texts(m, "answers", path),
            tension=f.texts(m, "tension", path),
            pictogram=_pictogram(f, m, path, real_root),
            pictogram_alt=f.text(m, "pictogram_alt", path),
        )
        if arg.pictogram is not None and not arg.pictogram_alt:
            f.error(
                path,
                "an argument with a pictogram needs `pictogram_alt:` text",
                "describe the picture for screen readers",
            )
        if arg.side and arg.side not in sides:
            f.error((*path, "side"), f"unknown side {arg.side!r}", "one of: " + ", ".join(sides))
        if arg.dimension and arg.dimension not in dims:
            f.error(
                (*path, "dimension"),
                f"unknown dimension {arg.dimension!r}",
                "one of: " + ", ".join(dims),
            )
        if arg.side in _PAIRED_SIDES and not arg.dimension and "dimension" not in m:
            f.error(
                path,
                f"{arg.side} argument {arg.id!r} needs a `dimension:`",
                "its comparison row is drawn from the dimension",
            )
        arguments.append(arg)
    ids = [a.id for a in arguments]
    _unique(f, ids, "arguments", "argument")
    known = set(ids)
    for i, arg in enumerate(arguments):
        for key in ("answers", "tension"):
            for j, target in enumerate(getattr(arg, key)):
                if target not in known:
                    f.error(("arguments", i, key, j), f"{key} names unknown argument {target!r}")
                elif target == arg.id:
                    f.error(("arguments", i, key, j), "an argument cannot answer itself")
    debate = Debate(
        positions=tuple(positions),
        dimensions=tuple(dimensions),
        arguments=tuple(arguments),
        motion=_motion(f, top, sides),
    )
    return debate, f


def _pictogram(f: Fields, m: dict, path: Path_, root: Path) -> Path | None:
    """The argument's SVG pictogram, checked like any deck image (inside the deck
    folder, plain SVG without DOCTYPE, entities or external references), or None."""
    if "pictogram" not in m:
        return None
    written = f.text(m, "pictogram", path)
    try:
        info = check_image(root, written)
    except ImageRefused as exc:
        f.error((*path, "pictogram"), str(exc), exc.hint)
        return None
    if info.kind != "svg":
        f.error((*path, "pictogram"), f"pictogram {written!r} is not an SVG file")
        return None
    return info.path


def _motion(f: Fields, top: dict, sides: set[str]) -> Motion | None:
    """The optional `motion:` mapping; both sides it names must be known positions."""
    if top.get("motion") is None:
        return None
    path = ("motion",)
    if isinstance(top["motion"], str):
        f.error(
            path,
            "motion must be a mapping with text, for and against",
            "write `motion: {text: ..., for: <position id>, against: <position id>}`",
        )
        return None
    m = f.mapping(top["motion"], path, _MOTION, "the motion")
    if not m:
        return None
    motion = Motion(
        text=f.text(m, "text", path, required=True),
        for_position=f.text(m, "for", path, required=True),
        against_position=f.text(m, "against", path, required=True),
    )
    for key, side in (("for", motion.for_position), ("against", motion.against_position)):
        if side and side not in sides:
            f.error(
                (*path, key),
                f"motion names unknown position {side!r}",
                "one of: " + ", ".join(sorted(sides)),
            )
    if motion.for_position and motion.for_position == motion.against_position:
        f.error((*path, "against"), "a vote against must support another position than for")
    if not (motion.text and motion.for_position and motion.against_position):
        return None
    return motion


def _unique(f: Fields, ids: list[str], key: str, what: str) -> None:
    seen: dict[str, int] = {}
    for i, ident in enumerate(ids):
        if ident in seen:
            f.error(
                (key, i, "id"),
                f"duplicate {what} id {ident!r}",
                f"first used in item {seen[ident] + 1}",
            )
        else:
            seen[ident] = i
