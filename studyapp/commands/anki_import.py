"""``studyapp anki-import FILE``: bring the reviews made in Anki back into studyapp.

FILE is a package Anki exported with *Include scheduling information* (.apkg),
a whole-collection package (.colpkg) or Anki's collection file
(``collection.anki2`` in Anki's profile folder; close Anki first). The answers
to the notes studyapp exported (matched by their GUIDs) are added to the review
log unless they are there already, and those cards' FSRS state is recomputed.
The app must not be running (its File menu does the same).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from studyapp.commands.context import AppContext, CommandError
from studyapp.core.anki_import import AnkiFileError, AnkiImportResult, import_anki_file
from studyapp.core.store import StoreError, open_store

NAME = "anki-import"


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        NAME,
        help="bring your Anki reviews of studyapp's cards back (.apkg, .colpkg, .anki2)",
        description="Merge the reviews of studyapp's notes from an Anki file into your "
        "progress: a package exported with 'Include scheduling information', a .colpkg, or "
        "Anki's collection.anki2 (close Anki first). Reviews studyapp already has are not "
        "added again; the cards' FSRS state is recomputed from their whole history.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help="the Anki package or collection")
    p.add_argument("--json", action="store_true", help="print what was done as JSON")


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    decks = ctx.library().decks
    try:
        ctx.store_path.parent.mkdir(parents=True, exist_ok=True)
        with open_store(ctx.store_path, clock=ctx.clock) as store:
            result = import_anki_file(store, args.file.expanduser(), decks)
    except (AnkiFileError, StoreError) as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(f"{ctx.store_path}: {exc.strerror or exc}") from None
    data = summary(result)
    if args.json:
        json.dump(data, ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
    else:
        ctx.out.write(format_text(data))
    return 0


def summary(result: AnkiImportResult) -> dict[str, Any]:
    found, merged = result.found, result.merged
    return {
        "file": str(found.path),
        "source": found.source,
        "notes_in_file": found.notes_in_file,
        "studyapp_notes": found.studyapp_notes,
        "unknown_studyapp_notes": found.unknown_studyapp_notes,
        "reviews_in_file": len(found.reviews),
        "reviews_added": merged.added,
        "reviews_already_present": merged.already_present,
        "entries_not_answers": found.skipped,
        "cards_recomputed": len(merged.cards_updated),
        "cards_created": merged.cards_created,
    }


def format_text(data: dict[str, Any]) -> str:
    what = "an Anki package" if data["source"] == "package" else "an Anki collection"
    lines = [
        f"read {data['file']} ({what})",
        f"studyapp notes: {data['studyapp_notes']} of {data['notes_in_file']} notes in the file",
        f"reviews: {data['reviews_added']} added, {data['reviews_already_present']} already "
        f"in studyapp",
        f"cards recomputed: {data['cards_recomputed']}",
    ]
    if data["unknown_studyapp_notes"]:
        lines.append(
            f"{data['unknown_studyapp_notes']} notes of studyapp's note types belong to facts "
            "not in your decks; their reviews were left out"
        )
    if data["entries_not_answers"]:
        lines.append(
            f"{data['entries_not_answers']} review-log entries were not answers (due dates set "
            "by hand, rescheduling, previews) and were skipped"
        )
    if data["cards_created"]:
        lines.append(
            f"{data['cards_created']} cards are of a kind studyapp does not show yet; their "
            "history is kept until you switch that kind on"
        )
    return "\n".join(lines) + "\n"
