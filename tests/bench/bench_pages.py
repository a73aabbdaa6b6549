"""Benchmark: saved web pages, read as a user who saves a news page (Ctrl+S) imports it.

The pages are GeneralNewsExtractor's test pages (67 Chinese news and blog pages as
their sites served them, menus, teasers of other stories, comments and all), not
copied here: clone https://github.com/GeneralNewsExtractor/GeneralNewsExtractor at
3d5a67c and pass its folder with ``--pages``. ``page_marks.json`` (next to this
file) names, for each page, the blocks of visible text that are its article, as
readers marked them (its ``about`` says how); a page whose file differs from the
one marked (its blob) is left out.

Each page is read and drafted as the app does (no decks loaded), once reading only
the article (what studyapp does) and once reading the whole page (the reference:
every visible block, as studyapp read pages before). Reported for the development
half (the pages looked at while building the page reader), the held-out half and
all:

- story kept: the share of the article's text (by characters) that is read;
- read that is story: the share of what is read that is the article's;
- offered from story: the share of offered drafts whose sentence is the article's
  (its answer in the article's text and 60 % of its statement's 4-character runs);
- title: pages whose title is the article's headline (its first marked block).

Run: ``python tests/bench/bench_pages.py --pages ~/src/GeneralNewsExtractor``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

MARKS = Path(__file__).with_name("page_marks.json")
TODAY = date(2026, 12, 7)


def norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def block_id(text: str) -> str:
    return hashlib.sha1(norm(text).encode()).hexdigest()[:16]


def git_blob(path: Path) -> str:
    data = path.read_bytes()
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@contextmanager
def whole_page() -> Iterator[None]:
    """The reference: every visible block of the page is read."""
    with mock.patch(
        "studyapp.core.importer.html_text.article_blocks", lambda blocks, elements: blocks
    ):
        yield


def page_story(path: Path, marked: set[str]) -> list[str]:
    """The marked blocks' texts, found in the page itself (in page order)."""
    from studyapp.core.importer.decoding import decode_article
    from studyapp.core.importer.html_text import _TextExtractor

    text, _ = decode_article(path.read_bytes(), str(path))
    parser = _TextExtractor()
    parser.feed(text.replace("\r\n", "\n").replace("\r", "\n"))
    parser.close()
    return [norm(b.text) for b in parser.blocks if block_id(b.text) in marked]


def measure(path: Path, marks: dict[str, Any], whole: bool) -> dict[str, int]:
    from studyapp.core.deck.model import split_span
    from studyapp.core.importer.drafts import make_session
    from studyapp.core.importer.reading import read_article

    marked = set(marks["story"])
    story_blocks = page_story(path, marked)
    story = "".join(story_blocks)
    with whole_page() if whole else nullcontext():
        article = read_article(path)
        session = make_session(article, [], today=TODAY)
    read = [norm(b.text) for b in article.blocks]
    everything = "".join(read)
    kept = sum(
        len(t)
        for t in story_blocks
        if t in everything
        or (len(t) > 8 and t[: len(t) // 2] in everything and t[len(t) // 2 :] in everything)
    )
    offered = [d for d in session.drafts if d.id not in session.doubted]
    from_story = 0
    for draft in offered:
        before, span, after = split_span(draft.statement)
        sentence = norm(before + span + after)
        runs = [sentence[i : i + 4] for i in range(max(len(sentence) - 3, 1))]
        from_story += norm(span) in story and sum(r in story for r in runs) >= 0.6 * len(runs)
    return {
        "pages": 1,
        "story": len(story),
        "story_kept": kept,
        "read": len(everything),
        "read_story": sum(len(t) for t in read if t and t in story),
        "offered": len(offered),
        "offered_story": from_story,
        "title": block_id(article.title) == marks["story"][0] if marks["story"] else 0,
    }


def run(pages_dir: Path) -> dict[str, Any]:
    marks = json.loads(MARKS.read_text(encoding="utf-8"))["pages"]
    totals: dict[str, dict[str, dict[str, int]]] = {}
    left_out: list[str] = []
    for name, page in sorted(marks.items()):
        path = pages_dir / page["path"]
        if not path.is_file() or git_blob(path) != page["blob"]:
            left_out.append(name)
            continue
        for whole in (True, False):
            figures = measure(path, page, whole)
            mode = "whole page" if whole else "article only"
            for part in (page["half"], "all"):
                slot = totals.setdefault(part, {}).setdefault(mode, {})
                for key, value in figures.items():
                    slot[key] = slot.get(key, 0) + int(value)
    return {"totals": totals, "left_out": left_out}


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} %" if b else "    -  "


def report(results: dict[str, Any]) -> list[str]:
    lines = [
        "| pages | read | story kept | read that is story | offered drafts | from story | title is headline |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for part in ("development", "held-out", "all"):
        for mode, t in results["totals"].get(part, {}).items():
            lines.append(
                f"| {part} ({t['pages']}) | {mode} | {_pct(t['story_kept'], t['story'])} "
                f"| {_pct(t['read_story'], t['read'])} | {t['offered']} "
                f"| {_pct(t['offered_story'], t['offered'])} | {t['title']} of {t['pages']} |"
            )
    if results["left_out"]:
        lines.append(f"left out (missing or changed): {', '.join(results['left_out'])}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, help="a clone of GeneralNewsExtractor")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args(argv)
    if args.pages is None or not args.pages.is_dir():
        print("skipped: no pages (pass --pages with a clone of GeneralNewsExtractor at 3d5a67c)")
        return 0
    results = run(args.pages)
    print("\n".join(report(results)))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
