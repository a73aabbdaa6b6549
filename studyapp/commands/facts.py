"""``studyapp facts``: list the facts, as JSON or as text."""

from __future__ import annotations

import argparse
import json
from typing import Any

from studyapp.commands.context import AppContext, CommandError
from studyapp.core.deck.model import Deck, Fact, Script
from studyapp.core.deck.view import DeckView

NAME = "facts"


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(NAME, help="list the facts of the decks")
    p.add_argument("--deck", action="append", metavar="ID", help="only this deck (repeatable)")
    p.add_argument(
        "--script", choices=["hant", "hans"], help="script of the texts (default: as authored)"
    )
    p.add_argument("--json", action="store_true", help="print a JSON array")


def fact_record(view: DeckView, fact: Fact) -> dict[str, Any]:
    return {
        "id": fact.id,
        "deck": view.deck.id,
        "topic": fact.topic,
        "topic_title": view.topic_title(fact.topic),
        "question": view.question(fact),
        "answer": view.fact_answer(fact),
        "answer_type": fact.answer.kind.value,
        "statement": view.statement(fact),
        "sources": list(fact.sources),
        "disputed": [
            {"source": d.source, "answer": view.answer(d.answer), "note": view.text(d.note)}
            for d in fact.disputed
        ],
        "tags": list(fact.tags),
    }


def selected_decks(ctx: AppContext, deck_ids: list[str] | None) -> list[Deck]:
    library = ctx.library()
    if not deck_ids:
        return list(library.decks)
    decks = []
    for deck_id in deck_ids:
        deck = library.get(deck_id)
        if deck is None:
            known = ", ".join(library.deck_ids) or "none"
            raise CommandError(f"no deck with id '{deck_id}' (decks: {known})")
        decks.append(deck)
    return decks


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    records: list[dict[str, Any]] = []
    for deck in selected_decks(ctx, args.deck):
        script: Script = args.script or deck.script
        view = DeckView(deck, script)
        records.extend(fact_record(view, fact) for fact in deck.facts)
    if args.json:
        json.dump(records, ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
    else:
        for rec in records:
            mark = " [disputed]" if rec["disputed"] else ""
            print(
                f"{rec['deck']}/{rec['id']}{mark}: {rec['question']} → {rec['answer']}",
                file=ctx.out,
            )
    return 0
