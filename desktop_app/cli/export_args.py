"""Options of `agora export`, kept apart so `--help` needs no Qt import."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", type=Path, required=True,
                   help="OUT.pdf, or a folder with --format png")
