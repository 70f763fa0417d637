"""Extract and compile the interface's translations with Qt's own tools.

    python packaging/translations.py            compile every .ts that is newer than its .qm
    python packaging/translations.py --update   first refresh the .ts files from the code
    python packaging/translations.py --check    list texts in the code that a .ts lacks

`--update` runs pyside6-lupdate over every module of desktop_app: new
strings arrive as unfinished entries for a translator, strings gone from
the code are dropped (`-no-obsolete`). Locations are left out so the .ts
files change only when a text does, not whenever a line moves. Compiling
runs pyside6-lrelease; the .qm files are build output (not committed),
made by `make translations`, `make dist`, `make test` and the test suite,
and shipped in the wheel and the standalone bundle.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FOLDER = REPO / "desktop_app" / "i18n"


def tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials (make venv)")
    return found


def sources() -> list[Path]:
    return sorted((REPO / "desktop_app").rglob("*.py"))


def update(folder: Path = FOLDER) -> None:
    """Refresh every .ts in `folder` from the code."""
    files = [str(p.relative_to(REPO)) for p in sources()]
    for ts in sorted(folder.glob("*.ts")):
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *files,
                "-no-obsolete",
                # Tables of commands mark their texts with N("Context", "…"), an alias
                # of QT_TRANSLATE_NOOP; the text is translated where it is shown.
                "-tr-function-alias",
                "QT_TRANSLATE_NOOP+=N",
                "-locations",
                "none",
                "-ts",
                str(ts),
                "-silent",
                # English is the source language: its catalogue holds only the
                # plural forms ("%n answers" → "1 answer", "2 answers").
                *(["-pluralonly"] if ts.stem.endswith("_en") else []),
            ],
            cwd=REPO,
            check=True,
        )


def missing() -> list[str]:
    """Texts the code marks that a committed .ts lacks (or has only unfinished).

    Refreshes copies of the catalogues, so the committed files stay as they are:
    a string marked in the code but never extracted shows English to everyone.
    """
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in FOLDER.glob("*.ts"):
            shutil.copy(ts, tmp)
        update(Path(tmp))
        for ts in sorted(Path(tmp).glob("*.ts")):
            for context in ET.parse(ts).getroot().iter("context"):
                for message in context.iter("message"):
                    translation = message.find("translation")
                    if translation is not None and translation.get("type") == "unfinished":
                        where = f"{ts.name}: {context.findtext('name')}"
                        found.append(f"{where}: {message.findtext('source')!r}")
    return found


def compile_all(force: bool = False) -> list[Path]:
    """Compile each .ts whose .qm is missing or older; returns the .qm files."""
    out = []
    for ts in sorted(FOLDER.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run(
                [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
            )
        out.append(qm)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="refresh the .ts files first")
    parser.add_argument("--check", action="store_true", help="list texts a .ts lacks")
    args = parser.parse_args()
    if args.check:
        lacking = missing()
        print("\n".join(lacking) or "every marked text is in every catalogue")
        return 1 if lacking else 0
    if args.update:
        update()
    compile_all(force=args.update)
    return 0


if __name__ == "__main__":
    sys.exit(main())
