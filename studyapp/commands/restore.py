"""``studyapp restore FILE``: replace the progress with a backup.

Refused while studyapp is running. The current progress is backed up first (or,
if it cannot be read, renamed aside), so a restore never loses anything.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from studyapp import paths
from studyapp.commands.context import AppContext, CommandError
from studyapp.core.store import (
    BackupError,
    StoreError,
    StoreLockedError,
    restore_backup,
)
from studyapp.core.store.backup import list_backups

NAME = "restore"


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(NAME, help="restore the study progress from a backup")
    p.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help="the backup file (a path, or a name from --list)",
    )
    p.add_argument("--list", action="store_true", help="list the backups, newest first")


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    backups_dir = paths.backups_dir(ctx.data_dir)
    if args.list:
        for backup in list_backups(backups_dir):
            ctx.out.write(f"{backup.path.name}  {backup.taken_at:%Y-%m-%d %H:%M:%S} UTC\n")
        return 0
    if args.file is None:
        raise CommandError("name the backup to restore (see 'studyapp restore --list')")
    source: Path = args.file
    if not source.exists() and (backups_dir / source).exists():
        source = backups_dir / source
    try:
        result = restore_backup(ctx.store_path, source, ctx.clock())
    except StoreLockedError:
        raise CommandError(
            "studyapp is running; close it before restoring, so it does not overwrite "
            "the restored progress"
        ) from None
    except (BackupError, StoreError) as exc:
        raise CommandError(str(exc)) from None
    ctx.out.write(f"Restored the study progress from {source}\n")
    if result.safety_backup is not None:
        ctx.out.write(f"The progress it replaced was backed up to {result.safety_backup}\n")
    if result.kept_as is not None:
        ctx.out.write(f"The unreadable progress it replaced was kept as {result.kept_as}\n")
    return 0
