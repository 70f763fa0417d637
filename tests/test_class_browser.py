"""Real browsers join a class session: headless Chromium through the join URL, as phones do.

Three separate Chromium profiles (three phones) answer the opening motion
vote in the presenter's session; the room's picture and the console's panel
count 3. One phone then loses the server (the app is killed and started
again): it reconnects by itself, with its answer kept.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_app.classroom.activity import MOTION_BEFORE
from desktop_app.classroom.results import FILE_NAME, last_results
from desktop_app.loader import load_deck
from desktop_app.model.identity import deck_identity
from desktop_app.paths import bundled_deck
from desktop_app.state.presentation import PresentationState
from desktop_app.views.presenter.presenter import Presenter
from tests.browser import chromium, needs_chromium
from tests.xserver import wait_for

pytestmark = [needs_chromium, pytest.mark.slow]

WAIT = 30


def _answer_motion(driver: Any, url: str, vote: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    wait = WebDriverWait(driver, WAIT)
    choice = wait.until(ready.element_to_be_clickable((By.CSS_SELECTOR, f"input[value='{vote}']")))
    choice.click()
    driver.find_element(By.ID, "send").click()
    wait.until(ready.text_to_be_present_in_element((By.ID, "saved"), "Answer saved"))


@pytest.fixture
def presenter(qtbot: QtBot, tmp_path: Path) -> Presenter:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    made = Presenter(PresentationState(load_deck(bundled_deck())), settings)
    qtbot.addWidget(made.console)
    qtbot.addWidget(made.audience)
    return made


def test_three_phones_vote_and_the_room_and_console_show_3(
    presenter: Presenter, qtbot: QtBot, tmp_path: Path
) -> None:
    session = presenter.classroom.start("127.0.0.1")
    try:
        url = session.room.url
        for n, vote in enumerate(("for", "against", "for")):
            with chromium(tmp_path / f"phone{n}") as driver:
                _answer_motion(driver, url, vote)
        qtbot.waitUntil(lambda: session.room.tally == {"for": 2, "against": 1})
        assert session.room.joined == 3
        shown = presenter.audience.stack.currentWidget()
        assert shown.room.joined == 3  # type: ignore[attr-defined]
        assert "3 joined" in presenter.classroom.panel.info.text()
    finally:
        presenter.classroom.stop()


@pytest.fixture
def display(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A real X server (Xvfb) for the app when there is one; Qt's offscreen platform otherwise."""
    if not shutil.which("Xvfb"):
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
    number = next(
        n
        for n in range(160, 200)
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists()
    )
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        if not wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 15):
            pytest.skip("Xvfb did not start")
        yield {"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{number}"}
    finally:
        server.terminate()
        server.wait(10)


class App:
    """`agora present --class --bind 127.0.0.1` as a process, the way IT staff start it."""

    def __init__(self, home: Path, display: dict[str, str]) -> None:
        self.env = dict(
            os.environ,
            HOME=str(home),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_CACHE_HOME=str(home / "cache"),
            PYTHONUNBUFFERED="1",
            **display,
        )
        self.process: subprocess.Popen[str] | None = None

    def start(self) -> str:
        """Start the app; the join URL it prints."""
        self.process = subprocess.Popen(
            [sys.executable, "-m", "desktop_app", "present", "--class", "--bind", "127.0.0.1"],
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,  # its own session: no signal of the app's reaches the tests
        )
        assert self.process.stdout is not None
        lines = []
        for line in self.process.stdout:
            lines.append(line.strip())
            if line.startswith("Code: "):
                break
        join = [line for line in lines if line.startswith("Join: ")]
        assert join, lines
        assert re.fullmatch(r"Code: [A-Z2-9]{6}", lines[-1])
        return join[0].removeprefix("Join: ")

    def kill(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(30)
            if self.process.stdout is not None:
                self.process.stdout.close()


def test_the_printed_url_takes_three_votes_and_a_phone_reconnects_after_a_kill(
    tmp_path: Path, display: dict[str, str]
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    app = App(tmp_path / "home", display)
    try:
        url = app.start()
        assert url.startswith("http://127.0.0.1:")
        for n, vote in enumerate(("for", "for")):
            with chromium(tmp_path / f"phone{n}") as driver:
                _answer_motion(driver, url, vote)
        with chromium(tmp_path / "phone") as driver:
            _answer_motion(driver, url, "against")
            app.kill()  # acknowledged: must survive
            wait = WebDriverWait(driver, WAIT)
            wait.until(ready.text_to_be_present_in_element((By.ID, "status"), "Connection lost"))
            assert app.start() == url  # resumed: same token, same port
            wait.until(ready.text_to_be_present_in_element((By.ID, "status"), "Choose your"))
            assert driver.find_element(By.CSS_SELECTOR, "input[value='against']").is_selected()
            driver.find_element(By.CSS_SELECTOR, "input[value='undecided']").click()
            driver.find_element(By.ID, "send").click()
            wait.until(ready.text_to_be_present_in_element((By.ID, "send"), "Change answer"))
    finally:
        app.kill()
    results = next((tmp_path / "home" / "data").rglob(FILE_NAME))  # the deck's data folder
    asked = {q.key: q for q in last_results(results, deck_identity(load_deck(bundled_deck())))}
    assert asked[MOTION_BEFORE].tally == {"for": 2, "undecided": 1}
