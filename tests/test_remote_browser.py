"""A real phone browser (headless Chromium) pairs with the remote, taps Next, sees the slide."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.app import application, settings
from desktop_app.loader import load_deck
from desktop_app.state.presentation import PresentationState
from desktop_app.views.presenter import Presenter
from tests.browser import chromium, needs_chromium
from tests.test_remote import DECK


@needs_chromium
def test_a_paired_browser_drives_the_show(
    qtbot, make_deck: Callable[..., Path], tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    application()
    p = Presenter(PresentationState(load_deck(make_deck(DECK))), settings())
    qtbot.addWidget(p.console)
    qtbot.addWidget(p.audience)
    p.show()
    url = p.start_remote("127.0.0.1")
    assert p.remote is not None
    try:
        with chromium(tmp_path / "phone") as driver:
            driver.get(url)  # type: ignore[attr-defined]

            def text(element: str) -> str:
                return str(driver.find_element(By.ID, element).text)  # type: ignore[attr-defined]

            # The phone asks; nothing works until the console allows it.
            qtbot.waitUntil(lambda: bool(p.remote.pending()), timeout=30_000)
            assert "allow this phone" in text("pairing-text").lower()
            assert p.remote.approve(p.remote.pending()[0].device)  # the console's "Allow"
            qtbot.waitUntil(lambda: text("number") == "1 / 3", timeout=30_000)
            assert text("slide-title").startswith("Intro")
            assert "Welcome everyone." in text("notes")

            driver.find_element(By.ID, "next").click()  # type: ignore[attr-defined]
            qtbot.waitUntil(lambda: p.state.index == 1, timeout=10_000)
            assert p.audience.slide_view._index == 1  # the room's slide changed
            qtbot.waitUntil(lambda: text("number") == "2 / 3", timeout=10_000)

            # Revoked on the console: the page says so and its taps count no more.
            p.remote.revoke()
            qtbot.waitUntil(lambda: "no longer controls" in text("pairing-text"), timeout=30_000)
    finally:
        p.remote.stop()
