"""``studyapp import ARTICLE``: draft facts from an article for review.

The drafts are written, all pending, to ``DATA_DIR/imports/<deck id>.json``
(never to ``DATA_DIR/decks``: nothing is studied before the reader accepts it);
the app's Import screen opens that file to accept, edit or reject them and saves
the accepted ones as a user deck. With ``--json`` the drafts are printed instead
and nothing is written. Importing the same article again keeps the decisions
already made (draft ids come from the sentences).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from studyapp.commands.context import AppContext, CommandError
from studyapp.core.importer.article import ArticleError
from studyapp.core.importer.candidates import Feature
from studyapp.core.importer.confidence import DOUBT_LIMIT
from studyapp.core.importer.drafts import Draft, ImportSession
from studyapp.core.importer.matching import FactMatch
from studyapp.core.importer.pending import PendingError, save_pending
from studyapp.core.importer.triage import prepare
from studyapp.core.importer.userdeck import UserDeckError
from studyapp.paths import pending_file

NAME = "import"


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        NAME,
        help="draft facts from an article (.md, .txt, .html) for review",
        description="Read an article, draft facts from it (ranked, with repeats of and "
        "disagreements with existing facts flagged) and write them as pending drafts to "
        "DATA_DIR/imports/ID.json for review in the app; with --json, print them instead.",
    )
    p.add_argument("article", type=Path, metavar="ARTICLE", help="the article file")
    p.add_argument(
        "--deck", metavar="ID", help="the user deck the facts go to (default: from the file name)"
    )
    p.add_argument("--json", action="store_true", help="print the drafts as JSON; write nothing")
    p.add_argument(
        "--all-drafts",
        action="store_true",
        help="also offer the drafts held back as likely poor or wrong",
    )


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    try:
        prepared = prepare(
            args.article,
            ctx.library().decks,
            ctx.data_dir,
            today=date.today(),
            deck_id=args.deck,
            doubt_limit=1.0 if args.all_drafts else DOUBT_LIMIT,
        )
    except (ArticleError, PendingError, UserDeckError) as exc:
        raise CommandError(str(exc)) from None
    session = prepared.session
    if args.json:
        json.dump(session_record(session), ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
        return 0
    try:
        save_pending(ctx.data_dir, session)
    except PendingError as exc:
        raise CommandError(str(exc)) from None
    _print_summary(session, pending_file(ctx.data_dir, session.deck_id), ctx)
    return 0


def match_record(m: FactMatch) -> dict[str, Any]:
    return {
        "deck": m.deck,
        "fact": m.fact,
        "score": m.score,
        "statement": m.statement,
        "answer": m.answer,
        "note": m.note,
        "agrees_with": m.agrees_with,
    }


def draft_record(session: ImportSession, d: Draft) -> dict[str, Any]:
    return {
        "id": d.id,
        "status": d.status.value,
        "topic": d.topic,
        "topic_title": session.topic_title(d.topic),
        "question": d.question,
        "answer": d.answer_text,
        "answer_type": d.answer.kind.value,
        "answer_value": d.answer.value,
        "unit": d.answer.unit,
        "statement": d.plain,
        "marked_statement": d.statement,
        "gist": d.gist,
        "features": [f.value for f in d.features],
        "score": d.score,
        "duplicates": [match_record(m) for m in d.duplicates],
        "disagreements": [match_record(m) for m in d.disagreements],
    }


def session_record(session: ImportSession) -> dict[str, Any]:
    return {
        "deck": session.deck_id,
        "title": session.deck_title,
        "script": session.script,
        "source": {
            "id": session.source.id,
            "title": session.source.title,
            "date": session.source.date,
            "url": session.source.url,
        },
        "counts": summary_counts(session),
        "drafts": [draft_record(session, d) for d in session.drafts],
    }


def summary_counts(session: ImportSession) -> dict[str, int]:
    features: Counter[Feature] = Counter(f for d in session.drafts for f in d.features)
    return {
        "drafts": len(session.drafts),
        "dated": sum(1 for d in session.drafts if {Feature.DATE, Feature.YEAR} & set(d.features)),
        "numbers": features[Feature.NUMBER],
        "quotations": features[Feature.QUOTE],
        "duplicates": sum(1 for d in session.drafts if d.duplicates),
        "disagreements": sum(1 for d in session.drafts if d.disagreements),
        "held_back": session.held_back,
    }


def _print_summary(session: ImportSession, path: Path, ctx: AppContext) -> None:
    c = summary_counts(session)
    print(
        f"{session.source.title}: {c['drafts']} draft facts ({c['dated']} dated, {c['numbers']} with "
        f"numbers, {c['quotations']} with quotations); {c['duplicates']} repeat facts already in a "
        f"deck, {c['disagreements']} may disagree with one.",
        file=ctx.out,
    )
    if c["held_back"]:
        print(
            f"{c['held_back']} more held back as likely poor or wrong (--all-drafts offers them).",
            file=ctx.out,
        )
    for d in session.drafts:
        flags = "".join(
            [
                *(f" [repeats {m.deck}/{m.fact}]" for m in d.duplicates[:1]),
                *(
                    f" [may disagree with {m.deck}/{m.fact}: {m.answer}]"
                    for m in d.disagreements[:1]
                ),
            ]
        )
        print(f"  {d.status.value:8} {d.id}  {d.question} → {d.answer_text}{flags}", file=ctx.out)
    print(
        f"Drafts written to {path} for deck '{session.deck_id}'. Review them in the app "
        "(Import…): accepted facts are saved to your decks.",
        file=ctx.out,
    )
