"""Files the reader keeps (exports, their decks): made whole, with their usual mode.

A file is written under a temporary name beside its target and moved into place
in one step, so a crash or a full disk never leaves half a file where the reader
looks. ``tempfile.mkstemp`` makes that temporary file private (0600); a file the
reader keeps gets the mode any program of theirs would give it (0666 less the
umask), as it would have had if it had been written in place.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import tempfile
from pathlib import Path


@functools.cache
def usual_mode() -> int:
    """0666 less the process umask (read without changing it where the system tells)."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii", errors="ignore")
        m = re.search(r"^Umask:\s*([0-7]+)", status, re.M)
        if m:
            return 0o666 & ~int(m.group(1), 8)
    except OSError:
        pass
    mask = os.umask(0o022)  # elsewhere: the only portable way to read it
    os.umask(mask)
    return 0o666 & ~mask


def new_temp_file(folder: Path, name: str, suffix: str) -> tuple[int, Path]:
    """A new empty file beside ``folder/name`` (open, its descriptor returned), with the
    usual mode, to be moved onto the target with ``os.replace`` once complete."""
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=suffix, dir=folder)
    with contextlib.suppress(AttributeError, OSError):  # no fchmod (Windows): default is fine
        os.fchmod(fd, usual_mode())
    return fd, Path(tmp)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` whole: a temporary file beside it, flushed
    to disk, then moved into place; on any failure nothing is left behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = new_temp_file(path.parent, path.name, ".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
