"""The pdfpc notes file beside an exported PDF, so pdfpc shows speaker notes per slide.

Format 2 (pdfpc ≥ 4.5): JSON with one entry per PDF page. Pages of one
slide's build steps share a `label` and count up `overlay`, so pdfpc treats
them as one slide.
"""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.atomic import write_bytes


def pdfpc_path(pdf: Path) -> Path:
    return pdf.with_suffix(".pdfpc")


def pdfpc_document(pages: list[tuple[str, int, str]], minutes: float = 0) -> dict[str, object]:
    """`pages` holds (label, overlay, note) per PDF page, in order."""
    doc: dict[str, object] = {
        "pdfpcFormat": 2,
        "disableMarkdown": False,
        "pages": [
            {
                "idx": i,
                "label": label,
                "overlay": overlay,
                "forcedOverlay": overlay > 0,
                "hidden": False,
                **({"note": note} if note else {}),
            }
            for i, (label, overlay, note) in enumerate(pages)
        ],
    }
    if minutes:
        doc["duration"] = round(minutes)
    return doc


def write_pdfpc(pdf: Path, pages: list[tuple[str, int, str]], minutes: float = 0) -> Path:
    target = pdfpc_path(pdf)
    text = json.dumps(pdfpc_document(pages, minutes), ensure_ascii=False, indent=1)
    write_bytes(target, text.encode("utf-8"))
    return target
