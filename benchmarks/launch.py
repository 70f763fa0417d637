"""Start Agora as `agora COMMAND ARGS` does and report when its first slide is painted.

Run as a script (`python benchmarks/launch.py open DECK`), so nothing but the
app is imported before the app: the timing is the one a user gets. The
launcher goes through the app's own `cli.gui.start_gui`, the function `agora`
itself runs before its event loop, and listens to the first slide view's
public `firstPainted` signal; the app carries no benchmark code.

Prints `first-paint SECONDS` (since AGORA_BENCH_T0, set by the parent just
before it started this process) and `first-paint-cpu SECONDS` (CPU time the
process used until then, which other load on a shared machine does not
inflate), then, after `--settle` seconds of running, `rss-peak MB` (the
process's peak resident memory), and quits.
"""

from __future__ import annotations

import os
import sys
import time

# A script's own folder comes first on sys.path; the benchmark modules there
# (report, memory, export…) must not shadow anything the app imports.
if sys.path and os.path.abspath(sys.path[0]) == os.path.dirname(os.path.abspath(__file__)):
    del sys.path[0]


def _peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main(argv: list[str]) -> int:
    settle = 0.0
    if argv[:1] == ["--settle"]:
        settle, argv = float(argv[1]), argv[2:]
    command, rest = argv[0], argv[1:]

    from desktop_app.cli.gui import start_gui
    from desktop_app.cli.main import build_parser
    from desktop_app.paths import bundled_deck

    args = build_parser(command).parse_args([command, *rest])
    started = start_gui(command, args.deck or bundled_deck(), args)
    if isinstance(started, int):
        return started
    app, window = started

    from PySide6.QtCore import QTimer

    # The presenter's first slide is its console's current slide; every other window has one.
    view = window.console.current if command == "present" else window.slide_view  # type: ignore[attr-defined]

    def painted() -> None:
        start = float(os.environ.get("AGORA_BENCH_T0") or time.time())
        print(f"first-paint {time.time() - start:.4f}", flush=True)
        print(f"first-paint-cpu {time.process_time():.4f}", flush=True)
        QTimer.singleShot(int(settle * 1000), finish)

    def finish() -> None:
        print(f"rss-peak {_peak_rss_mb():.1f}", flush=True)
        app.quit()

    view.firstPainted.connect(painted)
    code = app.exec()
    del window
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
