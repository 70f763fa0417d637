"""Finish the PDF Qt painted: bookmarks, document info, working links and note annotations.

Qt writes every Markdown anchor as a URI link, including the deck's own
`slide:`, `term:` and `arg:` references, which no PDF reader can follow.
Here web links stay, `slide:` links become jumps to that slide's page,
`term:` links jump to the glossary when the PDF has one, and the rest are
dropped rather than left as dead clicks.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Text
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

from desktop_app.collector import paused

WEB_SCHEMES = ("http:", "https:", "mailto:")
NOTE_ICON = 24


@dataclass(frozen=True)
class Bookmark:
    """An outline entry; entries with the same `section` are grouped under it."""

    page: int
    title: str
    section: str = ""


@dataclass(frozen=True)
class Finish:
    title: str
    author: str = ""
    subject: str = ""
    bookmarks: tuple[Bookmark, ...] = ()
    #: slide id → index of its first page, for `slide:` links.
    slide_pages: dict[str, int] | None = None
    glossary_page: int = -1
    #: One note per page (may be empty) to attach as closed text annotations.
    notes: tuple[str, ...] = ()


def finish(data: bytes, info: Finish) -> bytes:
    """Add to Qt's PDF as an incremental update: only changed objects are written.

    Cloning the whole document into a new writer made export cost grow
    faster than the slide count; appending the changes keeps it linear.
    """
    with paused():  # pypdf keeps a few hundred objects per page alive until written
        return _finish(data, info)


def _finish(data: bytes, info: Finish) -> bytes:
    writer = PdfWriter(PdfReader(io.BytesIO(data)), incremental=True)
    writer.add_metadata(
        {
            "/Title": info.title,
            "/Author": info.author,
            "/Subject": info.subject,
            "/Creator": "Agora",
        }
    )
    _links(writer, info)
    _outline(writer, info.bookmarks)
    for number, note in enumerate(info.notes):
        if note:
            page = writer.pages[number]
            top = float(page.mediabox.top)
            rect = (8.0, top - 8 - NOTE_ICON, 8.0 + NOTE_ICON, top - 8)
            writer.add_annotation(number, Text(rect=rect, text=note, open=False))
    writer.page_mode = "/UseOutlines" if info.bookmarks else None  # type: ignore[assignment]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _target(uri: str, info: Finish) -> int | str | None:
    """The page a deck reference jumps to, the URI itself for web links, or None to drop it."""
    if uri.startswith(WEB_SCHEMES):
        return uri
    kind, _, ident = uri.partition(":")
    if kind == "slide" and info.slide_pages and ident in info.slide_pages:
        return info.slide_pages[ident]
    if kind == "term" and info.glossary_page >= 0:
        return info.glossary_page
    return None


def _links(writer: PdfWriter, info: Finish) -> None:
    for page in writer.pages:
        annots = page.get("/Annots")
        if not annots:
            continue
        kept = ArrayObject()
        for ref in annots:
            annot = ref.get_object()
            action = annot.get("/A")
            uri = action.get_object().get("/URI") if action is not None else None
            if annot.get("/Subtype") != "/Link" or uri is None:
                kept.append(ref)
                continue
            target = _target(str(uri), info)
            if target is None:
                continue
            if isinstance(target, int):
                goto = DictionaryObject(
                    {
                        NameObject("/S"): NameObject("/GoTo"),
                        NameObject("/D"): ArrayObject(
                            [writer.pages[target].indirect_reference, NameObject("/Fit")]
                        ),
                    }
                )
                annot[NameObject("/A")] = goto
            kept.append(ref)
        if kept:
            page[NameObject("/Annots")] = kept
        else:
            del page["/Annots"]


def _outline(writer: PdfWriter, bookmarks: tuple[Bookmark, ...]) -> None:
    parents: dict[str, IndirectObject] = {}
    for mark in bookmarks:
        parent = None
        if mark.section:
            parent = parents.get(mark.section)
            if parent is None:
                parent = writer.add_outline_item(title=mark.section, page_number=mark.page)
                parents[mark.section] = parent
        writer.add_outline_item(title=mark.title, page_number=mark.page, parent=parent)
