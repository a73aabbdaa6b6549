"""A deck written by a hostile author: every text it shows carries markup, Anki's
bracket syntax and a link that is not a web address. Built from the mini deck,
so it stays valid as the deck format grows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tests.conftest import FIXTURES

MARKUP = '<img src=x onerror="alert(1)"><b>BOLD</b>'
SOUND = "[sound:../../collection.media/x.mp3]"
HOSTILE = f"{MARKUP}{SOUND}"
BAD_LINKS = ("javascript:alert(1)", "file:///etc/passwd")


def hostile_deck_text(deck_id: str = "hostile") -> str:
    data: dict[str, Any] = yaml.safe_load((FIXTURES / "mini.yaml").read_text(encoding="utf-8"))
    data["id"] = deck_id
    data["title"] = f"{HOSTILE} 牌組"
    data["description"] = f"{HOSTILE} 說明"
    for source, url in zip(data["sources"], BAD_LINKS, strict=True):
        source["title"] = f"{HOSTILE} {source['title']}"
        source["url"] = url
        source["publisher"] = f"{HOSTILE} 出版"
        source["note"] = f"{HOSTILE} 來源備註"
    for entity in data["entities"]:
        entity["aliases"] = [entity["name"]]  # the statements still name it
        entity["name"] = f"{entity['name']} {MARKUP}"
    for topic in data["topics"]:
        topic["title"] = f"{HOSTILE} {topic['title']}"
    for fact in data["facts"]:
        fact["question"] = f"{HOSTILE} {fact['question']}"
        fact["statement"] = f"{HOSTILE} {fact['statement']}"
        fact["note"] = f"{HOSTILE} 備註"
        if "gist" in fact:  # Match tiles, timeline rows and ordering items show it
            fact["gist"] = f"{MARKUP} {fact['gist']}"
        for claim in fact.get("disputed", []):
            claim["statement"] = f"{HOSTILE} {claim['statement']}"
    # an outline too (Read shows it, with the source's link), every section titled hostile
    data["outline"] = [
        {
            "source": source["id"],
            "sections": [
                {
                    "title": f"{HOSTILE} 第一節",
                    "note": f"{HOSTILE} 說明",
                    "facts": [f["id"] for f in data["facts"] if _tells(f, source["id"])],
                }
            ],
        }
        for source in data["sources"]
    ]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _tells(fact: dict[str, Any], source: str) -> bool:
    return source in fact["sources"] or any(d["source"] == source for d in fact.get("disputed", []))


def write_hostile_deck(data_dir: Path, deck_id: str = "hostile") -> Path:
    """The hostile deck as one of the reader's own decks in ``data_dir``."""
    path = data_dir / "decks" / f"{deck_id}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(hostile_deck_text(deck_id), encoding="utf-8")
    return path
