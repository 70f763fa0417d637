"""Title, section, content, two-column, quote and image slides."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from desktop_app.render.canvas import BOTTOM, HEIGHT, MARGIN_X, TOP, WIDTH, Paint
from desktop_app.render.text import TextStyle, fit_document

_AC = Qt.AlignmentFlag
BODY_TOP = 236


def paint_heading(p: Paint, title: str) -> float:
    """The slide title with the accent rule under it; returns where the body may start."""
    box = QRectF(MARGIN_X, TOP, WIDTH - 2 * MARGIN_X, p.size("heading") * 1.35)
    p.label(
        title,
        box,
        p.size("heading"),
        "text",
        bold=True,
        wrap=False,
        align=_AC.AlignLeft | _AC.AlignVCenter,
        role="heading",
    )
    p.painter.fillRect(QRectF(MARGIN_X, box.bottom() + 14, 132, 8), p.color("accent"))
    return BODY_TOP


def _side_bar(p: Paint, x: float, width: float) -> None:
    """The debate motif: one side's colour above the other's, each with its marker."""
    debate = p.deck.debate
    sides = [pos.id for pos in debate.positions[:2]] if debate else ["open", "closed"]
    half = HEIGHT / 2
    for i, side in enumerate(sides):
        p.painter.fillRect(QRectF(x, i * half, width, half), p.side_color(side))


def paint_title(p: Paint) -> None:
    s = p.slide
    _side_bar(p, 0, 28)
    x = 200
    width = WIDTH - x - MARGIN_X
    title = s.title or p.deck.title
    bounds = p.label(
        title,
        QRectF(x, 250, width, 330),
        p.size("title"),
        "text",
        bold=True,
        align=_AC.AlignLeft | _AC.AlignBottom,
        role="heading",
    )
    y = bounds.bottom() + 36 if bounds.height() else 600
    p.painter.fillRect(QRectF(x, y, 160, 10), p.color("accent"))
    subtitle = s.subtitle or p.deck.subtitle
    if subtitle:
        p.label(subtitle, QRectF(x, y + 44, width, 180), round(p.size("heading") * 0.8), "muted")
    if p.deck.authors:
        p.label(
            " · ".join(p.deck.authors),
            QRectF(x, BOTTOM - 60, width, 60),
            p.size("small") + 4,
            "muted",
            align=_AC.AlignLeft | _AC.AlignBottom,
        )


def paint_section(p: Paint) -> None:
    s = p.slide
    p.painter.fillRect(QRectF(0, 0, WIDTH, HEIGHT), p.color("surface"))
    _side_bar(p, 0, 28)
    x = 200
    width = WIDTH - x - MARGIN_X
    number = next((i + 1 for i, sec in enumerate(p.deck.sections) if sec.id == s.section), 0)
    sub_size = round(p.size("heading") * 0.8)
    title_h = label_height(p, s.title, width, p.size("title"), bold=True, role="heading")
    sub_h = label_height(p, s.subtitle, width, sub_size) + 30 if s.subtitle else 0.0
    # Label, title and subtitle as one block around the middle of the slide.
    y = max(TOP, (HEIGHT - (70 + title_h + sub_h)) / 2)
    p.label(
        p.words.translate("Slide", "PART %1").replace("%1", str(number)) if number else "",
        QRectF(x, y, width, 60),
        p.size("small") + 4,
        "accent",
        bold=True,
    )
    bounds = p.label(
        s.title, QRectF(x, y + 70, width, 300), p.size("title"), "text", bold=True, role="heading"
    )
    if s.subtitle:
        p.label(s.subtitle, QRectF(x, bounds.bottom() + 30, width, 200), sub_size, "muted")


def label_height(
    p: Paint, text: str, width: float, size: int, bold: bool = False, role: str = "body"
) -> float:
    """Height of plain text wrapped at `width`, as `Paint.label` will draw it."""
    flags = int(_AC.AlignLeft | _AC.AlignTop) | int(Qt.TextFlag.TextWordWrap)
    metrics = QFontMetricsF(p.font(size, role, bold))
    return float(metrics.boundingRect(QRectF(0, 0, width, HEIGHT), flags, text).height())


def paint_content(p: Paint) -> None:
    s = p.slide
    top = paint_heading(p, s.title) if s.title else TOP
    box = QRectF(MARGIN_X, top, WIDTH - 2 * MARGIN_X, BOTTOM - top)
    style = TextStyle(p.size("body"))
    visible = p.step if s.builds else -1
    p.markdown(s.body, centred(p, (s.body,), box, style), style, visible_items=visible)


def centred(p: Paint, texts: tuple[str, ...], box: QRectF, style: TextStyle) -> QRectF:
    """`box` moved down so the tallest of `texts` sits in the middle of it.

    A short list would otherwise hang in the top half of the slide and leave
    the bottom empty. The height is measured with every build step shown, so
    revealing an item never moves the ones already on screen.
    """
    tallest = max((text_height(p, text, box, style) for text in texts), default=0.0)
    return box.adjusted(0, max(0.0, (box.height() - tallest) / 2), 0, 0)


def text_height(p: Paint, text: str, box: QRectF, style: TextStyle) -> float:
    """Height of Markdown fitted into `box` with every item shown."""
    if not text:
        return 0.0
    doc, _ = fit_document(text, box, style, p.theme, p.size("min_body"), -1, p.deck_folder)
    return float(doc.documentLayout().documentSize().height())


def paint_two_columns(p: Paint) -> None:
    s = p.slide
    top = paint_heading(p, s.title) if s.title else TOP
    gap = 90
    col = (WIDTH - 2 * MARGIN_X - gap) / 2
    left_items = s.count_list_items(s.left)  # the rule Slide.fragments counts with
    left_visible = min(p.step, left_items) if s.builds else -1
    right_visible = max(0, p.step - left_items) if s.builds else -1
    style = TextStyle(p.size("body"))
    body = centred(p, (s.left, s.right), QRectF(MARGIN_X, top, col, BOTTOM - top), style)
    for i, (text, visible) in enumerate(((s.left, left_visible), (s.right, right_visible))):
        x = MARGIN_X + i * (col + gap)
        p.markdown(text, body.translated(x - MARGIN_X, 0), style, visible_items=visible)
    p.painter.fillRect(
        QRectF(MARGIN_X + col + gap / 2 - 2, top, 4, BOTTOM - top - 40), p.color("surface")
    )


def paint_quote(p: Paint) -> None:
    """A large quotation, vertically centred in the space under the title."""
    s = p.slide
    top = paint_heading(p, s.title) if s.title else 150
    x = MARGIN_X + 170
    width = WIDTH - x - MARGIN_X - 60
    style = TextStyle(round(p.size("heading") * 1.3), italic=True)
    box = QRectF(x, top + 40, width, BOTTOM - top - 200)
    doc, _ = fit_document(s.quote, box, style, p.theme, p.size("min_body"), -1, p.deck_folder)
    height = doc.documentLayout().documentSize().height()
    block = height + (110 if s.attribution else 0)
    y = top + max(40.0, (BOTTOM - top - block) / 2)
    p.label(
        "\u201c",
        QRectF(MARGIN_X, y - 70, 200, 260),
        260,
        "accent",
        bold=True,
        wrap=False,
        role="heading",
    )
    p.markdown(s.quote, QRectF(x, y, width, box.height()), style)
    if s.attribution:
        p.label(
            "\u2014 " + s.attribution,
            QRectF(x, y + height + 40, width, 70),
            p.size("small") + 8,
            "muted",
            align=_AC.AlignRight | _AC.AlignTop,
        )


def paint_image(p: Paint) -> None:
    s = p.slide
    top = paint_heading(p, s.title) if s.title else TOP
    caption_h = 70 if s.caption else 0
    box = QRectF(MARGIN_X, top, WIDTH - 2 * MARGIN_X, BOTTOM - top - caption_h)
    if s.image is not None:
        from desktop_app.render.images import deck_image  # loads with the first picture

        folder = Path(p.deck_folder)
        written = os.path.relpath(s.image, folder)  # outside the folder: `..`, refused
        image = deck_image(folder, written, box.size().toSize())
        if not image.isNull():
            size = image.size().scaled(box.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(0, 0, size.width(), size.height())
            target.moveCenter(box.center())
            p.painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            p.painter.drawImage(target, image)
        else:
            p.label(f"[{s.alt}]", box, p.size("body"), "muted", align=_AC.AlignCenter)
    if s.caption:
        p.label(
            s.caption,
            QRectF(MARGIN_X, BOTTOM - caption_h, WIDTH - 2 * MARGIN_X, caption_h),
            p.size("small"),
            "muted",
            italic=True,
            align=_AC.AlignHCenter | _AC.AlignTop,
        )
