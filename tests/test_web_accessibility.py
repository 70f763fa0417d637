"""The web pages pass axe-core's WCAG 2.1 AA rules with zero violations.

A real headless Chromium (tests/browser.py) opens the pages the app's server
sends to phones, in the states a user meets them: the student's join page
that asks for the session code, the motion vote, and the page after the
answer is saved; the presenter's remote while it waits to be allowed and
while it drives the show. axe-core (tests/axe.py) checks each state as shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_app.app import application, settings
from desktop_app.loader import load_deck
from desktop_app.paths import bundled_deck
from desktop_app.state.presentation import PresentationState
from desktop_app.views.presenter.presenter import Presenter
from tests.axe import needs_axe, report, violations
from tests.browser import chromium, needs_chromium
from tests.test_remote import DECK

pytestmark = [needs_chromium, needs_axe]

WAIT = 30


@pytest.fixture
def presenter(qtbot: QtBot, tmp_path: Path) -> Presenter:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    made = Presenter(PresentationState(load_deck(bundled_deck())), settings)
    qtbot.addWidget(made.console)
    qtbot.addWidget(made.audience)
    return made


def _clean(driver: Any, state: str) -> None:
    found = violations(driver)
    assert not found, f"{state}:\n{report(found)}"


def test_the_student_pages_have_no_wcag_21_aa_violations(
    presenter: Presenter, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    session = presenter.classroom.start("127.0.0.1")
    try:
        url = session.room.url
        with chromium(tmp_path / "phone") as driver:
            wait = WebDriverWait(driver, WAIT)
            driver.get(url.split("/s/")[0] + "/")  # the join page: type the session code
            wait.until(ready.presence_of_element_located((By.TAG_NAME, "input")))
            _clean(driver, "join page")
            driver.get(url)
            choice = wait.until(
                ready.element_to_be_clickable((By.CSS_SELECTOR, "input[value='for']"))
            )
            _clean(driver, "motion vote")
            choice.click()
            driver.find_element(By.ID, "send").click()
            wait.until(ready.text_to_be_present_in_element((By.ID, "saved"), "Answer saved"))
            _clean(driver, "answer saved")
    finally:
        presenter.classroom.stop()


def test_the_remote_has_no_wcag_21_aa_violations(qtbot: QtBot, make_deck, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
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
            driver.get(url)

            def text(element: str) -> str:
                return str(driver.find_element(By.ID, element).text)

            qtbot.waitUntil(lambda: bool(p.remote.pending()), timeout=30_000)
            _clean(driver, "remote waiting to be allowed")
            assert p.remote.approve(p.remote.pending()[0].device)
            qtbot.waitUntil(lambda: text("number") == "1 / 3", timeout=30_000)
            _clean(driver, "remote driving the show")
    finally:
        p.remote.stop()
