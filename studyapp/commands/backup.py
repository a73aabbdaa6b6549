"""``studyapp backup``: take a backup of the progress database now.

Uses SQLite's backup API, so it is safe while the app is running.
"""

from __future__ import annotations

import argparse

from studyapp.commands.context import AppContext, CommandError
from studyapp.core.store import StoreError, StoreNotFoundError, open_for_reading

NAME = "backup"


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    subparsers.add_parser(NAME, help="back up the study progress now")


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    try:
        store = open_for_reading(ctx.store_path, clock=ctx.clock)
    except StoreNotFoundError:
        raise CommandError(
            f"nothing to back up: no progress database at {ctx.store_path}"
        ) from None
    except StoreError as exc:
        raise CommandError(str(exc)) from None
    with store:
        try:
            path = store.maybe_backup(force=True)
        except StoreError as exc:
            raise CommandError(str(exc)) from None
        kept = len(store.backups())
    ctx.out.write(f"Backed up to {path}\n({kept} backups kept in {store.backups_dir})\n")
    return 0
