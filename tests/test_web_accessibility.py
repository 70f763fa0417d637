"""The class session's web pages pass axe-core's WCAG 2.1 AA rules with zero violations.

A real headless Chromium (tests/browser.py) opens the pages the app's server
sends to students' phones, in the states a student meets them: the join page
that asks for the session code, the motion vote, and the page after the
answer is saved. axe-core (tests/axe.py) checks each state as it is shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_app.loader import load_deck
from desktop_app.paths import bundled_deck
from desktop_app.state.presentation import PresentationState
from desktop_app.views.presenter.presenter import Presenter
from tests.axe import needs_axe, report, violations
from tests.browser import chromium, needs_chromium

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
