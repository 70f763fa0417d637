"""Painting slides: one renderer for the screen, thumbnails, previews, PDF and PNG."""
