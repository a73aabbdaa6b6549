"""``studyapp import``: writes pending drafts or prints them; clear errors."""

from __future__ import annotations

import argparse
import io
import json
import re
from pathlib import Path

import pytest

from studyapp.commands import importer
from studyapp.commands.context import AppContext, CommandError
from studyapp.core.deck.library import load_library
from studyapp.core.importer.pending import load_pending

from .conftest import ARTICLES


def run(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="studyapp")
    importer.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args([importer.NAME, *argv])
    out, err = io.StringIO(), io.StringIO()
    code = importer.run(args, AppContext(data_dir=data_dir, out=out, err=err))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def with_known(data_dir: Path) -> Path:
    (data_dir / "decks").mkdir(parents=True)
    (data_dir / "decks" / "known.yaml").write_bytes((ARTICLES / "known.yaml").read_bytes())
    return data_dir


def test_json_prints_the_drafts_and_writes_nothing(with_known: Path) -> None:
    code, out, _ = run(with_known, str(ARTICLES / "lab-hans.md"), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["deck"] == "import-lab-hans" and data["script"] == "hans"
    assert data["counts"]["drafts"] == len(data["drafts"]) > 0
    assert [d["score"] for d in data["drafts"]] == sorted(
        (d["score"] for d in data["drafts"]), reverse=True
    )
    founder = next(d for d in data["drafts"] if d["answer"] == "Alice Wong")
    assert founder["status"] == "pending"
    assert founder["question"] == "顶点实验室在 2019 年成立，创办人是谁？"
    assert founder["answer_type"] == "entity"
    assert founder["gist"] and "Alice" not in founder["gist"]  # the Match tile's label
    assert founder["duplicates"][0]["fact"] == "lab-founded"
    assert data["counts"]["duplicates"] >= 2 and data["counts"]["disagreements"] >= 2
    assert not (with_known / "imports").exists()


def test_default_writes_pending_drafts(with_known: Path) -> None:
    code, out, _ = run(with_known, str(ARTICLES / "lab-hant.md"), "--deck", "my-lab")
    assert code == 0
    path = with_known / "imports" / "my-lab.json"
    session = load_pending(path)
    assert session.deck_id == "my-lab"
    assert all(d.status.value == "pending" for d in session.drafts)
    assert str(path) in out and "[repeats known-lab/lab-founded]" in out
    # nothing is studied yet: no new deck
    assert load_library(with_known).deck_ids == [*load_library(None).deck_ids, "known-lab"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["missing.md"], "cannot read"),
        ([str(ARTICLES / "lab-hant.md"), "--deck", "Bad Id"], "must be lower-case"),
    ],
)
def test_user_errors(data_dir: Path, argv: list[str], message: str) -> None:
    with pytest.raises(CommandError, match=message):
        run(data_dir, *argv)


def test_empty_article_is_a_user_error(data_dir: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    with pytest.raises(CommandError, match="empty"):
        run(data_dir, str(empty))


def test_builtin_deck_id_is_refused(data_dir: Path) -> None:
    builtin = next((d for d in load_library(None).decks if d.builtin), None)
    if builtin is None:
        pytest.skip("no built-in deck loads yet")
    with pytest.raises(CommandError, match="built in"):
        run(data_dir, str(ARTICLES / "lab-hant.md"), "--deck", builtin.id)


def test_it_says_how_many_drafts_were_held_back_and_all_drafts_offers_them(
    data_dir: Path,
) -> None:
    article = ARTICLES / "games-hant.md"
    code, out, _ = run(data_dir, str(article), "--deck", "games")
    assert code == 0
    held = re.search(
        r"(\d+) more held back as likely poor or wrong \(--all-drafts offers them\)\.", out
    )
    assert held is not None and int(held.group(1)) >= 1
    assert "什麼是一項運動？" not in out
    code, out, _ = run(data_dir, str(article), "--deck", "games", "--all-drafts")
    assert code == 0
    assert "什麼是一項運動？ → 網球" in out and "held back" not in out
    assert load_pending(data_dir / "imports" / "games.json").held_back == 0
