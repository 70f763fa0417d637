"""Presentation state shared by every window, observed through Qt signals (QtCore only)."""

from desktop_app.state.presentation import PresentationState

__all__ = ["PresentationState"]
