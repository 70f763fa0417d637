"""Entry point: parse the command line and hand over to one command.

Qt is imported only by the commands that need it, so `agora check` and
`agora --version` stay fast and work on machines without a display.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app import __version__
from desktop_app.paths import bundled_deck

COMMANDS = ("open", "check", "present", "study", "export")


def _deck_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "deck",
        nargs="?",
        type=Path,
        default=None,
        help="deck folder or its deck.yaml (default: the bundled deck)",
    )


def _lang_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="interface language: en, de, fr, es or ar (default: the system's, "
        "or the one chosen in View → Language)",
    )


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or with `only` just that command's part.

    Building every subcommand (export's many options above all) is a visible
    slice of start-up when all the user asked for is `agora [DECK]`.
    """
    parser = argparse.ArgumentParser(
        prog="agora",
        description="Present and study a debate: slides, comparison, presenter mode, export.",
        epilog="Without a command, `agora [DECK]` opens the deck in the app.",
    )
    parser.add_argument("--version", action="version", version=f"agora {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def wanted(command: str) -> bool:
        return only is None or only == command

    if wanted("open"):
        p = sub.add_parser("open", help="open a deck in the app (the default)")
        _deck_arg(p)
        _lang_arg(p)
        p.add_argument("--theme", help="light, dark or high-contrast")
        p.add_argument("--fullscreen", action="store_true", help="start full-screen")
        p.add_argument("--start", type=int, default=0, help="slide number to start at (1-based)")
    if wanted("check"):
        p = sub.add_parser("check", help="validate a deck and list every problem")
        _deck_arg(p)
    if wanted("present"):
        p = sub.add_parser("present", help="presenter console + full-screen audience window")
        _deck_arg(p)
        _lang_arg(p)
        p.add_argument("--screen", type=int, default=None, help="screen number for the audience")
        p.add_argument("--start", type=int, default=1, help="slide number to start at (1-based)")
        p.add_argument(
            "--class",
            dest="class_session",
            action="store_true",
            help="start a live class session: students answer from their phones",
        )
        p.add_argument(
            "--bind",
            metavar="ADDR",
            default=None,
            help="address to serve on (default: LAN address)",
        )
        p.add_argument(
            "--port", type=int, default=0, help="port to serve on (default: any free port)"
        )
        p.add_argument(
            "--remote",
            action="store_true",
            help="serve the phone remote and print its pairing URL (Remote: URL)",
        )
    if wanted("study"):
        p = sub.add_parser("study", help="read, search and self-check a deck offline")
        _deck_arg(p)
        _lang_arg(p)
    if wanted("export"):
        p = sub.add_parser("export", help="export slides to PDF or PNG, headless")
        _deck_arg(p)
        from desktop_app.cli.export_args import add_export_arguments

        add_export_arguments(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if (
        not args_list
        or (args_list[0] not in COMMANDS and not args_list[0].startswith("-"))
        or (args_list[0].startswith("-") and args_list[0] not in ("-h", "--help", "--version"))
    ):
        args_list.insert(0, "open")
    parser = build_parser(args_list[0] if args_list[0] in COMMANDS else None)
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    deck = args.deck or bundled_deck()
    if args.command == "check":
        from desktop_app.cli.check import run_check

        return run_check(deck)
    if args.command == "export":
        from desktop_app.cli.export_cmd import run_export

        return run_export(deck, args)
    from desktop_app.cli.gui import run_gui

    return run_gui(args.command, deck, args)
