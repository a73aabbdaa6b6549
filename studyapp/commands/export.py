"""``studyapp export -o FILE.apkg``: write the decks as an Anki package."""

from __future__ import annotations

import argparse
from pathlib import Path

from studyapp.commands.context import AppContext, CommandError
from studyapp.commands.facts import selected_decks
from studyapp.core.anki_export import CARD_KINDS, ExportError, export_apkg

NAME = "export"


def _card_kinds(value: str) -> list[str]:
    kinds = [k.strip() for k in value.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in CARD_KINDS]
    if unknown or not kinds:
        raise argparse.ArgumentTypeError(
            f"expected a comma-separated list of {', '.join(CARD_KINDS)}, got {value!r}"
        )
    return kinds


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        NAME,
        help="export decks as an Anki package (.apkg)",
        description="Write the decks as an Anki package. Importing a later export into Anki "
        "updates the notes already there instead of adding copies. Your studyapp review "
        "progress is not exported.",
    )
    p.add_argument("--deck", action="append", metavar="ID", help="only this deck (repeatable)")
    p.add_argument(
        "--script",
        choices=["hant", "hans", "both"],
        default="hant",
        help="Traditional, Simplified, or both as two sibling subdecks (default: hant)",
    )
    p.add_argument(
        "--cards",
        type=_card_kinds,
        default=list(CARD_KINDS),
        metavar="KINDS",
        help="card kinds, comma-separated: qa (question and answer), cloze (default: qa,cloze)",
    )
    p.add_argument("--tts", action="store_true", help="let Anki read the answer aloud")
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.apkg", help="file to write"
    )


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    decks = selected_decks(ctx, args.deck)
    if not decks:
        raise CommandError("no decks to export")
    output: Path = args.output.expanduser()
    try:
        result = export_apkg(
            decks,
            output,
            script=args.script,
            card_kinds=args.cards,
            tts=args.tts,
            data_dir=ctx.data_dir,
        )
    except ExportError as exc:
        raise CommandError(str(exc)) from None
    print(f"wrote {result.path}", file=ctx.out)
    print(
        f"{result.notes} notes, {result.cards} cards in {result.decks} Anki decks "
        f"({result.bytes:,} bytes)",
        file=ctx.out,
    )
    return 0
