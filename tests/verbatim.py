"""Find runs of Han characters that a file shares word for word with the articles.

The deck must state the articles' facts in its own words. This mirrors the
project's stop hook: punctuation, spaces and Latin text are ignored, and the
articles are also compared after conversion to the other script.

The articles are not part of the project; what the check needs of them is
shipped instead: ``tests/fixtures/article-fingerprints.bin``, a sorted list of
8-byte BLAKE2b digests of every 16-character window (the text cannot be read
back from it). With the articles beside the project (``../shared/seeds``) the
windows are computed from them and the shipped file is checked to be current.

    python tests/verbatim.py [FILE ...]       # which lines share a run
    python tests/verbatim.py --fingerprints   # write the fingerprint file anew
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

RUN = 16
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
_HAN = re.compile(r"[\u3400-\u9fff]")
FINGERPRINTS = Path(__file__).resolve().parent / "fixtures" / "article-fingerprints.bin"
DIGEST = 8


def han_only(text: str) -> str:
    return "".join(ch for ch in text if _HAN.match(ch))


def article_windows(seeds: Path = SEEDS, run: int = RUN) -> set[str]:
    import opencc

    texts = [p.read_text(encoding="utf-8", errors="ignore") for p in sorted(seeds.glob("*.txt"))]
    texts += [opencc.OpenCC("t2s.json").convert(t) for t in texts] + [
        opencc.OpenCC("s2t.json").convert(t) for t in texts
    ]
    windows: set[str] = set()
    for t in texts:
        s = han_only(t)
        windows.update(s[i : i + run] for i in range(len(s) - run + 1))
    return windows


def fingerprint(window: str) -> bytes:
    return hashlib.blake2b(window.encode("utf-8"), digest_size=DIGEST).digest()


def write_fingerprints(windows: set[str], path: Path = FINGERPRINTS) -> None:
    path.write_bytes(b"".join(sorted(fingerprint(w) for w in windows)))


def read_fingerprints(path: Path = FINGERPRINTS) -> set[bytes]:
    data = path.read_bytes()
    return {data[i : i + DIGEST] for i in range(0, len(data), DIGEST)}


def shared_runs(text: str, windows: set[str], run: int = RUN) -> list[str]:
    s = han_only(text)
    return [s[i : i + run] for i in range(len(s) - run + 1) if s[i : i + run] in windows]


def fingerprinted_runs(text: str, prints: set[bytes], run: int = RUN) -> list[str]:
    """The runs of ``text`` whose fingerprint is an article's (no article text needed)."""
    s = han_only(text)
    return [
        s[i : i + run] for i in range(len(s) - run + 1) if fingerprint(s[i : i + run]) in prints
    ]


if __name__ == "__main__":
    if sys.argv[1:] == ["--fingerprints"]:
        write_fingerprints(article_windows())
        print(f"wrote {FINGERPRINTS}")
        sys.exit(0)
    wins = article_windows()
    bad = 0
    for name in sys.argv[1:]:
        for line_no, line in enumerate(Path(name).read_text(encoding="utf-8").splitlines(), 1):
            runs = shared_runs(line, wins)
            if runs:
                bad += 1
                print(f"{name}:{line_no}: shares '{runs[0]}' with an article")
        # also across lines (the hook joins the whole file)
        runs = shared_runs(Path(name).read_text(encoding="utf-8"), wins)
        if runs and not bad:
            print(f"{name}: shares '{runs[0]}' with an article across lines")
            bad += 1
    sys.exit(1 if bad else 0)
