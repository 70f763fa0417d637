"""`make bench`: run every benchmark, print the table, save benchmarks/results/latest.json.

Everything runs on Qt's offscreen platform, so the figures need no display
and do not depend on a window manager. `--only paint,export` runs a subset.
Exits 1 when a budget fails, so a regression can fail a CI job if wanted.
"""

from __future__ import annotations

import argparse
import compileall
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from benchmarks import decks
from benchmarks.report import Figure, publish

SIZES = (50, 500, 2000)
TOPICS = (
    "startup",
    "presenter",
    "paint",
    "navigation",
    "export",
    "load",
    "memory",
    "class",
    "remote",
    "big",
)


def _runners(generated: dict[int, Path]) -> dict[str, Callable[[], list[Figure]]]:
    def paint() -> list[Figure]:
        from benchmarks import paint

        return paint.run(generated[50])

    def navigation() -> list[Figure]:
        from benchmarks import navigation

        return navigation.run()

    def startup() -> list[Figure]:
        from benchmarks import startup

        return startup.run()

    def presenter() -> list[Figure]:
        from benchmarks import presenter

        return presenter.run(generated[2000])

    def export() -> list[Figure]:
        from benchmarks import export

        return export.run(generated)

    def load() -> list[Figure]:
        from benchmarks import load

        return load.run(generated)

    def memory() -> list[Figure]:
        from benchmarks import memory

        return memory.run()

    def classroom() -> list[Figure]:
        from benchmarks import classroom

        return classroom.run()

    def remote() -> list[Figure]:
        from benchmarks import remote

        return remote.run()

    def big() -> list[Figure]:
        from benchmarks import big

        return big.run()

    return {
        "big": big,
        "class": classroom,
        "remote": remote,
        "startup": startup,
        "presenter": presenter,
        "paint": paint,
        "navigation": navigation,
        "export": export,
        "load": load,
        "memory": memory,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--only", default=",".join(TOPICS), help=f"comma-separated topics among {', '.join(TOPICS)}"
    )
    args = parser.parse_args(argv)
    chosen = [t.strip() for t in args.only.split(",") if t.strip()]
    unknown = sorted(set(chosen) - set(TOPICS))
    if unknown:
        parser.error(f"unknown topic(s): {', '.join(unknown)}")

    # An installed app starts from compiled bytecode (pip compiles it); a checkout
    # run with PYTHONDONTWRITEBYTECODE would compile every module on every start
    # and time the compiler rather than the app.
    import desktop_app

    compileall.compile_dir(Path(desktop_app.__file__).parent, quiet=1)

    from desktop_app.app import application

    application()
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="agora-bench-decks-") as tmp:
        generated = {n: decks.write_deck(Path(tmp) / f"deck-{n}", n) for n in SIZES}
        runners = _runners(generated)
        for topic in chosen:
            start = time.perf_counter()
            print(f"{topic}…", end=" ", flush=True)
            try:
                figures.extend(runners[topic]())
            except (RuntimeError, OSError) as exc:
                figures.append(
                    Figure(topic, "did not run", 0.0, "s", "runs", False, note=str(exc)[:160])
                )
            print(f"{time.perf_counter() - start:.1f} s", flush=True)
    return publish(figures)


if __name__ == "__main__":
    sys.exit(main())
