"""``studyapp export -o FILE.apkg``: write the decks as an Anki package."""

from __future__ import annotations

import argparse
from pathlib import Path

from studyapp.commands.context import AppContext, CommandError
from studyapp.commands.facts import selected_decks
from studyapp.core.anki_export import CARD_KINDS, ExportError, export_apkg
from studyapp.core.store import ProgressSnapshot, StoreError, open_for_reading

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
        "updates the notes already there instead of adding copies. With --with-progress each "
        "card also carries your studyapp progress (review history and FSRS state); Anki takes "
        "it for cards it does not have yet when 'Import any learning progress' is ticked.",
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
        "--with-progress",
        action="store_true",
        help="include each card's review history and FSRS state, so that Anki continues "
        "where studyapp was",
    )
    p.add_argument(
        "--progress-script",
        choices=["hant", "hans"],
        help="with --script both: the script whose cards carry the progress (default: the "
        "deck's own); the other script's cards start as new",
    )
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.apkg", help="file to write"
    )


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    decks = selected_decks(ctx, args.deck)
    if not decks:
        raise CommandError("no decks to export")
    output: Path = args.output.expanduser()
    snapshot = _progress(ctx, [d.id for d in decks]) if args.with_progress else None
    try:
        result = export_apkg(
            decks,
            output,
            script=args.script,
            card_kinds=args.cards,
            tts=args.tts,
            with_progress=snapshot,
            progress_script=args.progress_script,
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
    if snapshot is not None:
        print(
            f"progress: {result.cards_with_progress} cards studied, {result.reviews} reviews; "
            "in Anki, import with 'Import any learning progress' ticked (Anki takes it only "
            "for cards it does not have yet)",
            file=ctx.out,
        )
    return 0


def _progress(ctx: AppContext, deck_ids: list[str]) -> ProgressSnapshot:
    """The reader's progress (read-only beside a running studyapp)."""
    try:
        with open_for_reading(ctx.store_path, clock=ctx.clock) as store:
            return store.progress_snapshot(deck_ids)
    except StoreError as exc:
        raise CommandError(str(exc)) from None
