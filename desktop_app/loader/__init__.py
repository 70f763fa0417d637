"""Files → model. Never imports Qt; every problem is located and reported together."""

from desktop_app.loader.deck_loader import DECK_FILE, check_deck, find_deck, load_deck

__all__ = ["DECK_FILE", "check_deck", "find_deck", "load_deck"]
