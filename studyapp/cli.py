"""The ``studyapp`` command: the GUI with no arguments, subcommands otherwise."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from studyapp import __version__
from studyapp.commands import (
    anki_import,
    backup,
    check,
    export,
    facts,
    generate,
    importer,
    restore,
    stats,
)
from studyapp.commands.context import AppContext, CommandError
from studyapp.paths import default_data_dir, log_file

# Every subcommand module, in the order --help lists them.
COMMANDS: tuple[ModuleType, ...] = (
    check,
    facts,
    generate,
    stats,
    backup,
    restore,
    importer,
    export,
    anki_import,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studyapp",
        description="Study two articles about Anthropic's founding: review, quizzes, Anki export. "
        "Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"studyapp {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="where progress and your own decks live (default: $STUDYAPP_DATA_DIR or the "
        "platform's user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.add_parser(sub)
        # --data-dir is global, but readers also put it after the command.
        sub.choices[module.NAME].add_argument(
            "--data-dir",
            type=Path,
            metavar="DIR",
            default=argparse.SUPPRESS,
            help=argparse.SUPPRESS,
        )
    return parser


def _log_crash(data_dir: Path) -> Path | None:
    try:
        path = log_file(data_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(traceback.format_exc())
        return path
    except OSError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    data_dir: Path = args.data_dir or default_data_dir()
    if args.command is None:
        from studyapp.gui.launch import launch_gui  # noqa: TID251  (the one door into the GUI)

        return launch_gui(data_dir)
    ctx = AppContext(data_dir=data_dir)
    handler = next(m for m in COMMANDS if args.command == m.NAME)
    try:
        code: int = handler.run(args, ctx)
    except CommandError as exc:
        print(f"studyapp {args.command}: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("studyapp: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        logging.getLogger("studyapp").debug("command failed", exc_info=True)
        where = _log_crash(data_dir)
        more = f" (details in {where})" if where else ""
        print(f"studyapp {args.command}: unexpected error: {exc}{more}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
