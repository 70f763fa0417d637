"""Agora: present and study a debate as slides, a comparison, and notes."""

__version__ = "0.1.0"
