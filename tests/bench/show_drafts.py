"""Print the drafts of articles as a reader reviewing them sees them (for an
outside reader's verdict; docs/import-quality.md).

    python tests/bench/show_drafts.py ARTICLE [ARTICLE ...]

Each article is imported as the app imports it (the built-in decks loaded, the
default number of drafts) and its drafts are listed in the review dialog's
order: the question, the answer, the gist (the label of Match tiles and ordering
items) and the statement with the answer in 【】. Markdown, one table per article.

Not a test: pytest does not collect it.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(paths: list[str]) -> int:
    from studyapp.core.deck.library import load_library
    from studyapp.core.deck.model import split_span
    from studyapp.core.importer.drafts import make_session
    from studyapp.core.importer.reading import read_article

    decks = list(load_library(None).decks)
    for path in paths:
        session = make_session(read_article(path), decks, today=date.today())
        print(f"## {Path(path).name}: {session.deck_title} ({len(session.drafts)} drafts)\n")
        print("| # | question | answer | gist | statement |")
        print("|---:|---|---|---|---|")
        for i, d in enumerate(session.drafts, 1):
            before, span, after = split_span(d.statement)
            cells = [d.question, d.answer_text, d.gist, f"{before}【{span}】{after}"]
            print(f"| {i} | " + " | ".join(c.replace("|", "／") for c in cells) + " |")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
