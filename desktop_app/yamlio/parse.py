"""PyYAML, used safely: compose nodes with libyaml, convert them ourselves.

PyYAML's composer gives nodes with positions; we turn the node tree into plain
dicts, lists and scalars ourselves so that (a) only the standard scalar tags
are accepted and nothing is ever constructed from a Python tag, (b) alias
expansion is counted, which stops "billion laughs" documents, and (c) each
value's line and column are kept by its path for error messages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from desktop_app.model.problems import Problem
from desktop_app.yamlio.located import Located, Path_, SourceError

MAX_DEPTH = 40
MAX_VALUES = 200_000

_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
# A date is kept as the text the author wrote rather than becoming a datetime.
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_CONSTRUCTOR = SafeConstructor()
# libyaml's parser is ten times faster and gives the same nodes and marks; we
# only compose with it (never construct), so safety does not depend on it.
_COMPOSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse(file: Path, text: str) -> Located:
    try:
        node = yaml.compose(text.lstrip("\ufeff"), Loader=_COMPOSER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        what = exc.problem or exc.context or "invalid YAML"
        raise SourceError(
            Problem(file, f"YAML syntax: {what}", line, col, hint="check indentation and quotes")
        ) from exc
    except yaml.YAMLError as exc:
        raise SourceError(Problem(file, f"YAML error: {exc}")) from exc
    except RecursionError as exc:
        raise SourceError(Problem(file, "YAML nested too deeply")) from exc
    located = Located(file, None)
    if node is None:
        located.data = None
        return located
    budget = [MAX_VALUES]
    located.data = _convert(node, (), located, 0, budget)
    return located


def _convert(node: Node, path: Path_, out: Located, depth: int, budget: list[int]) -> Any:
    budget[0] -= 1
    line, col = node.start_mark.line + 1, node.start_mark.column + 1
    if budget[0] < 0:
        raise SourceError(
            Problem(out.file, "document expands to too many values (alias bomb?)", line, col)
        )
    if depth > MAX_DEPTH:
        raise SourceError(Problem(out.file, f"nested deeper than {MAX_DEPTH} levels", line, col))
    out.marks.setdefault(path, (line, col))
    if isinstance(node, ScalarNode):
        if node.tag == _TIMESTAMP_TAG:
            return str(node.value)
        if node.tag not in _SCALAR_TAGS:
            raise SourceError(
                Problem(
                    out.file,
                    f"unsupported YAML tag {node.tag!r}",
                    line,
                    col,
                    hint="decks use plain text, numbers, lists and mappings only",
                )
            )
        try:
            return SafeConstructor.yaml_constructors[node.tag](_CONSTRUCTOR, node)
        # `!!int abc` raises ValueError; `!!int ''` an IndexError inside PyYAML.
        except (ValueError, KeyError, TypeError, OverflowError, IndexError) as exc:
            raise SourceError(
                Problem(
                    out.file,
                    f"{node.value!r} is not a valid {node.tag.rsplit(':', 1)[-1]}",
                    line,
                    col,
                    hint="remove the `!!` tag or fix the value",
                )
            ) from exc
    if isinstance(node, SequenceNode):
        if node.tag != _SEQ_TAG:
            raise SourceError(Problem(out.file, f"unsupported YAML tag {node.tag!r}", line, col))
        return [_convert(n, (*path, i), out, depth + 1, budget) for i, n in enumerate(node.value)]
    if isinstance(node, MappingNode):
        if node.tag != _MAP_TAG:
            raise SourceError(Problem(out.file, f"unsupported YAML tag {node.tag!r}", line, col))
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                kl, kc = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                raise SourceError(
                    Problem(out.file, "keys must be plain words (no merge keys or lists)", kl, kc)
                )
            key = str(key_node.value)
            if key in result:
                kl, kc = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                raise SourceError(
                    Problem(out.file, f"key {key!r} appears twice", kl, kc, hint="remove one")
                )
            out.marks[(*path, key)] = (
                key_node.start_mark.line + 1,
                key_node.start_mark.column + 1,
            )
            result[key] = _convert(value_node, (*path, key), out, depth + 1, budget)
        return result
    raise SourceError(Problem(out.file, "unsupported YAML node", line, col))
