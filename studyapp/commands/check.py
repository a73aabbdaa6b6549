"""``studyapp check [PATH ...]``: validate deck files."""

from __future__ import annotations

import argparse
from pathlib import Path

from studyapp.commands.context import AppContext
from studyapp.core.deck.library import load_files

NAME = "check"


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        NAME,
        help="validate deck files",
        description="Validate deck files (default: every built-in and user deck). "
        "Prints one line per problem as path:line:column: message.",
    )
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="deck files to check")


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    library = load_files(args.paths) if args.paths else ctx.library()
    for problem in library.problems:
        print(problem, file=ctx.out)
    if library.problems:
        files = len({p.path for p in library.problems})
        print(f"{len(library.problems)} problem(s) in {files} file(s)", file=ctx.err)
        return 1
    if not library.decks:
        print("no deck files found", file=ctx.err)
        return 1
    facts = library.fact_count
    disputed = sum(1 for _, f in library.facts() if f.is_disputed)
    names = ", ".join(d.id for d in library.decks)
    print(
        f"ok: {len(library.decks)} deck(s) ({names}), {facts} facts, {disputed} disputed",
        file=ctx.out,
    )
    return 0
