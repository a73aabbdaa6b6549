"""No sentence of the source articles is copied into the project, in either script.

Runs everywhere: without the articles it uses their shipped fingerprints
(``tests/verbatim.py``); with them beside the project it also checks that the
fingerprints are current.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.deck.library import load_library
from studyapp.core.deck.model import strip_span

from .verbatim import (
    FINGERPRINTS,
    SEEDS,
    article_windows,
    fingerprint,
    fingerprinted_runs,
    read_fingerprints,
)

ROOT = Path(__file__).resolve().parents[1]
TEXT_SUFFIXES = {
    ".py",
    ".yaml",
    ".yml",
    ".md",
    ".txt",
    ".json",
    ".ts",
    ".html",
    ".css",
    ".toml",
    ".qss",
}
PRINTS = read_fingerprints()


def project_files() -> list[Path]:
    found: list[Path] = []
    for top in ("studyapp", "decks", "resources", "tests", "docs"):
        found += [p for p in (ROOT / top).rglob("*") if p.suffix in TEXT_SUFFIXES]
    found += [ROOT / "README.md", ROOT / "pyproject.toml"]
    return sorted(p for p in found if p.is_file() and ".venv" not in p.parts)


def test_the_fingerprints_are_current() -> None:
    if not SEEDS.is_dir():
        pytest.skip("the source articles are not beside the project; the shipped prints are used")
    assert {fingerprint(w) for w in article_windows()} == PRINTS


def test_no_fact_of_the_builtin_deck_copies_an_article() -> None:
    for deck in load_library(None).decks:
        for f in deck.facts:
            texts = [f.question, strip_span(f.statement), f.gist, f.note]
            texts += [strip_span(d.statement) + d.note for d in f.disputed]
            for text in texts:
                assert not fingerprinted_runs(text, PRINTS), (f.id, text)


def test_no_file_of_the_project_copies_an_article() -> None:
    titles = [s.title for d in load_library(None).decks for s in d.sources.values()]
    copied = {}
    for path in project_files():
        if path == FINGERPRINTS:
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        for title in titles:  # an article's own title is cited as it stands
            text = text.replace(title, "")
        runs = fingerprinted_runs(text, PRINTS)
        if runs:
            copied[str(path.relative_to(ROOT))] = runs[0]
    assert copied == {}


def test_the_check_finds_a_copied_sentence() -> None:
    some = next(iter(article_windows())) if SEEDS.is_dir() else None
    if some is None:  # without the articles: a fingerprint is all there is
        assert len(PRINTS) > 10_000
        return
    assert fingerprinted_runs("前言" + some + "。", PRINTS)
