"""Find runs of Han characters that a file shares word for word with the articles.

The deck must state the articles' facts in its own words. This mirrors the
project's stop hook: punctuation, spaces and Latin text are ignored, and the
articles are also compared after conversion to the other script.

    python tests/verbatim.py [FILE ...]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

RUN = 16
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
_HAN = re.compile(r"[\u3400-\u9fff]")


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


def shared_runs(text: str, windows: set[str], run: int = RUN) -> list[str]:
    s = han_only(text)
    return [s[i : i + run] for i in range(len(s) - run + 1) if s[i : i + run] in windows]


if __name__ == "__main__":
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
