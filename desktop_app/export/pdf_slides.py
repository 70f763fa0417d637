"""The slides layout: one 16:9 page per slide, or per build step, exactly as projected."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from desktop_app.export.document import PagePainter, PdfPlan, PlannedPage, slide_page_size
from desktop_app.export.pages import Shot
from desktop_app.export.shots import ShotPainter


def plan_slides(shots: list[Shot], painter: ShotPainter) -> PdfPlan:
    plan = PdfPlan(slide_page_size())
    for shot in shots:
        slide = painter.slide(shot)
        plan.pages.append(
            PlannedPage(_painter(painter, shot), (shot,), note=slide.notes.strip() if slide else "")
        )
    return plan


def _painter(shots: ShotPainter, shot: Shot) -> PagePainter:
    def paint(painter: QPainter, page: QRectF, number: int, total: int) -> None:
        shots.paint(painter, page, shot)

    return paint
