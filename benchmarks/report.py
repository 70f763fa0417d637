"""Figures, their budgets, the printed table and the saved JSON.

A figure means little without the machine it came from, so every saved run
carries the CPU, core count, memory, Python, Qt and platform. Each run is
kept in `results/history/` (not in git: figures belong to a machine) and
the newest one is also `results/latest.json`. Beside every new figure the
table shows the same figure from the most recent run that measured it, so a
regression is seen at once, also after a run of only some topics.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import statistics
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
LATEST = RESULTS / "latest.json"
HISTORY = RESULTS / "history"


@dataclass
class Figure:
    """One measured figure; `ok` is None for figures shown for context, with no budget."""

    topic: str
    name: str
    value: float
    unit: str
    budget: str = ""
    ok: bool | None = None
    note: str = ""

    @property
    def key(self) -> str:
        return f"{self.topic}: {self.name}"


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile, interpolated (p95 of few samples still means something)."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def _first_line(path: str, prefix: str) -> str:
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith(prefix):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def machine() -> dict[str, str | int | float]:
    """Facts that decide how fast the figures can be."""
    import PySide6
    from PySide6.QtCore import qVersion

    mem_kb = _first_line("/proc/meminfo", "MemTotal").split()[0]
    return {
        "cpu": _first_line("/proc/cpuinfo", "model name")
        if os.path.exists("/proc/cpuinfo")
        else platform.processor(),
        "cores": os.cpu_count() or 0,
        "ram_gb": round(int(mem_kb) / 1024 / 1024, 1) if mem_kb.isdigit() else 0,
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "platform": platform.platform(),
        "qt_platform": os.environ.get("QT_QPA_PLATFORM", "default"),
    }


def _format(value: float, unit: str) -> str:
    if unit in ("ms", "s", "×"):
        return f"{value:.3g} {unit}" if value < 100 else f"{value:.0f} {unit}"
    return f"{value:,.1f} {unit}"


def _previous(wanted: set[str]) -> dict[str, float]:
    """Each wanted figure's value in the newest saved run that has it.

    Runs are read newest first, and only until every wanted figure is found.
    """
    found: dict[str, float] = {}
    runs = sorted(HISTORY.glob("*.json")) if HISTORY.is_dir() else []
    for run in [LATEST, *reversed(runs)]:
        if wanted <= found.keys():
            break
        try:
            old = json.loads(run.read_text(encoding="utf-8"))
            for f in old["figures"]:
                found.setdefault(f"{f['topic']}: {f['name']}", f["value"])
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a damaged or foreign file: compare with the others
    return found


def table(figures: list[Figure], previous: dict[str, float]) -> str:
    rows = [("measure", "value", "previous", "budget", "result")]
    for f in figures:
        before = previous.get(f.key)
        result = "" if f.ok is None else ("PASS" if f.ok else "FAIL")
        rows.append(
            (
                f.key + (f" ({f.note})" if f.note else ""),
                _format(f.value, f.unit),
                "" if before is None else _format(before, f.unit),
                f.budget,
                result,
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def save(figures: list[Figure], facts: dict[str, str | int | float]) -> Path:
    """Write the run to the history and to latest.json; returns the history file."""
    now = datetime.datetime.now(datetime.timezone.utc)
    payload = {
        "when": now.isoformat(timespec="seconds"),
        "machine": facts,
        "figures": [asdict(f) for f in figures],
    }
    text = json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
    kept = HISTORY / f"{now:%Y%m%dT%H%M%SZ}.json"
    for path in (kept, LATEST):
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_suffix(".json.tmp")
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, path)
    return kept


def publish(figures: list[Figure]) -> int:
    """Print the table beside the last run, save this run; 1 if any budget failed."""
    previous = _previous({f.key for f in figures})
    facts = machine()
    print()
    print(", ".join(f"{k} {v}" for k, v in facts.items()))
    print(table(figures, previous))
    kept = save(figures, facts)
    print(f"\nSaved {LATEST} and {kept.relative_to(RESULTS.parent)}")
    return 1 if any(f.ok is False for f in figures) else 0
