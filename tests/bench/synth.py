"""Synthetic decks and review histories for the benchmarks.

The decks are valid studyapp decks with realistic Chinese text lengths (the
built-in deck's questions and statements run 20-60 characters), an entity
registry with aliases, groups and Chinese names, every answer type, notes,
accepted wordings, authored wrong options and declared slots, event labels,
approximate numbers and about 5 % disputed facts (the fields the question
generator uses, so that the quiz benchmark generates every type). They are written as YAML, split into files of at most
``per_file`` facts (a deck file may hold at most 5 MB; 10,000 facts take about
3.5 MB).

Question, statement and gist text is drawn from one pool of characters and
answer spans and entity names from another, disjoint one, so a question can
never give its answer away by chance.

Review histories (a progress store with N cards and M review-log rows, the
shape ``bench_review`` uses against Anki) are built by :func:`write_history`.

    python -m tests.bench.synth OUT_DIR --facts 10000
    python -m tests.bench.synth OUT_DIR --history --cards 100000 --reviews 1000000
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Common characters, split into two disjoint pools: running text and answers.
_COMMON = (
    "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定"
    "行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些"
    "然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無"
    "系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見"
    "計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處府研質歷車"
)
SURNAMES = "王李張劉陳楊黃趙吳周徐孫馬朱胡郭何林羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董袁潘蔣蔡余杜葉蘇魏呂丁沈姚盧姜崔鍾譚陸汪范廖賈夏韋鄒孟熊秦邱江尹薛閻段雷侯龍史陶黎賀顧毛郝龔邵萬錢嚴覃武戴莫孔湯"
_NUMERALS = set("零〇一二兩两三四五六七八九十拾百佰千仟萬万億亿半點点")
_POOL = [c for c in dict.fromkeys(_COMMON) if c not in SURNAMES and c not in _NUMERALS]
TEXT_HAN = "".join(_POOL[0::2])  # questions, statements, gists, titles
ANSWER_HAN = "".join(_POOL[1::2])  # answer spans and entity names
UNITS = ["人", "年", "%", "個月", "小時", "家", "篇", "位"]
ENTITY_TYPES = ["person", "person", "organization", "work", "concept", "event", "place"]
QUESTION_ENDS = ["是什麼？", "是誰？", "是哪一年？", "有多少？", "叫什麼？", "指的是哪一個？"]


def _phrase(rng: random.Random, lo: int, hi: int, pool: str = TEXT_HAN) -> str:
    return "".join(rng.choices(pool, k=rng.randint(lo, hi)))


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def deck_yaml(deck_index: int, n_facts: int, seed: int = 0) -> str:
    """One valid deck of ``n_facts`` facts, deterministic in its arguments."""
    rng = random.Random(seed * 1_000_003 + deck_index)
    n_entities = max(12, n_facts // 20)
    n_topics = max(4, n_facts // 200)
    lines = [
        f"# synthetic benchmark deck {deck_index} ({n_facts} facts), tests/bench/synth.py",
        "studyapp-deck: 1",
        f"id: synth-{deck_index}",
        f"title: 合成牌組 {deck_index}",
        "script: hant",
        f"description: {_phrase(rng, 40, 80)}",
        "sources:",
        '  - {id: s1, title: 第一篇, date: "2024-01-01", url: "https://example.org/1", script: hant}',
        "  - id: s2",
        "    title: 第二篇",
        '    date: "2024-01-02T09:59:00+08:00"',
        '    url: "https://example.org/2"',
        "    script: hans",
        f"    publisher: {_phrase(rng, 6, 12)}",
        "topics:",
    ]
    lines += [
        f"  - {{id: t{i}, title: 主題{_phrase(rng, 3, 8)}, sources: [s1, s2]}}"
        for i in range(n_topics)
    ]
    lines.append("entities:")
    names: list[str] = []
    for i in range(n_entities):
        kind = ENTITY_TYPES[i % len(ENTITY_TYPES)]
        name = f"{rng.choice(SURNAMES)}{_phrase(rng, 1, 3, ANSWER_HAN)}{i}"
        names.append(name)
        extra = f", groups: [g{i % 6}, g{(i + 1) % 6}]"
        if i % 4 == 0:
            extra += f", aliases: [{name[1:]}, 阿{name[1:]}]"
        if kind == "person":
            extra += f", names-tw: [{name}·{_phrase(rng, 2, 3, ANSWER_HAN)}{i}]"
        if i % 7 == 0:
            extra += f", note: {_phrase(rng, 6, 16)}"
        lines.append(f"  - {{id: e{i}, type: {kind}, name: {name}{extra}}}")
    lines.append("glossary:")
    lines.append("  - {hant: 負責任擴展政策, hans: 负责任扩展政策}")
    lines.append("facts:")
    for i in range(n_facts):
        lines += _fact_lines(rng, i, n_topics, names)
    return "\n".join(lines) + "\n"


def _fact_lines(rng: random.Random, i: int, n_topics: int, names: list[str]) -> list[str]:
    kind = i % 6
    n_entities = len(names)
    lead = _phrase(rng, 10, 30)
    tail = _phrase(rng, 6, 24)
    accept = ""
    if kind in (0, 1):
        e = rng.randrange(n_entities)
        answer = f"{{entity: e{e}}}"
        dispute = f"{{entity: e{(e + 1) % n_entities}}}"
        dispute_span = names[(e + 1) % n_entities]
        span = names[e]
    elif kind == 2:
        year = rng.randint(1990, 2030)
        answer = f"{{year: {year}}}"
        dispute, dispute_span = f"{{year: {year + 1}}}", str(year + 1)
        span = str(year)
    elif kind == 3:
        value = rng.randint(2, 999)
        unit = rng.choice(UNITS)
        if i % 4 == 3:  # said approximately: the wrong options are written out
            wrong = ", ".join(f'"{value * f}"' for f in (3, 10, 30))
            answer = f"{{number: {value}, unit: {_q(unit)}, approx: about, wrong: [{wrong}]}}"
        else:
            answer = f"{{number: {value}, unit: {_q(unit)}}}"
        dispute, dispute_span = f"{{number: {value + 1}}}", str(value + 1)
        span = str(value)
    elif kind == 4:
        span = _phrase(rng, 3, 8, ANSWER_HAN)
        answer = f"{{quote: {span}, slot: q{i % 5}}}"
        other = _phrase(rng, 3, 8, ANSWER_HAN)
        dispute, dispute_span = f"{{quote: {other}}}", other
    else:
        span = _phrase(rng, 2, 6, ANSWER_HAN)
        if i % 4 == 1:
            accept = f", accept: [{span}了, 「{span}」]"
        wrong = ", ".join(_phrase(rng, 2, 6, ANSWER_HAN) + "甲乙"[j % 2] for j in range(3))
        answer = f"{{text: {span}{accept}, wrong: [{wrong}]}}"
        other = _phrase(rng, 2, 6, ANSWER_HAN)
        dispute, dispute_span = f"{{text: {other}}}", other
    one_source = i % 3 != 0
    out = [
        f"  - id: f{i}",
        f"    topic: t{rng.randrange(n_topics)}",
        f"    question: {_q(lead + rng.choice(QUESTION_ENDS))}",
        f"    answer: {answer}",
        f"    statement: {_q(lead + '，{{' + span + '}}' + tail + '。')}",
        f"    gist: {_q(_phrase(rng, 4, 12))}",
        *([f"    event: {_q(_phrase(rng, 4, 12) + str(i))}"] if kind == 2 and i % 2 == 0 else []),
        "    sources: [s1]" if one_source else "    sources: [s1, s2]",
    ]
    # about 5 % of facts are disputed; a dispute's source cannot also support the fact
    if one_source and rng.random() < 0.075:
        out += ["    disputed:", "      - source: s2", f"        answer: {dispute}"]
        if rng.random() < 0.5:
            out.append(
                f"        statement: {_q(lead + '，{{' + dispute_span + '}}' + tail + '。')}"
            )
        out.append(f"        note: {_q(_phrase(rng, 8, 20))}")
    if i % 10 == 0:
        out.append(f"    note: {_q(_phrase(rng, 10, 40))}")
    out.append(f"    tags: [synth, k{kind}]")
    return out


def write_decks(out: Path, n_facts: int, *, per_file: int = 10_000, seed: int = 0) -> list[Path]:
    """Write ``n_facts`` facts as decks of at most ``per_file`` facts each."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    index = 0
    left = n_facts
    while left > 0:
        count = min(per_file, left)
        path = out / f"synth-{n_facts}-{index}.yaml"
        path.write_text(deck_yaml(index, count, seed), encoding="utf-8")
        paths.append(path)
        left -= count
        index += 1
    return paths


def write_history(path: Path, cards: int, reviews: int, *, iterations: int = 2000) -> float:
    """A progress store with ``cards`` cards and ``reviews`` review-log rows.

    The shape ``bench_review`` compares against Anki (60 % in review with a few
    thousand due today, 5 % learning, 35 % new, reviews over the past year);
    ``iterations`` sets how many reviews are due. Returns the seconds it took.
    """
    from tests.bench.bench_review import build_ours

    path.parent.mkdir(parents=True, exist_ok=True)
    return build_ours(path, cards, reviews, iterations)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--per-file", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--history", action="store_true", help="write OUT/progress.sqlite")
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    if args.history:
        seconds = write_history(args.out / "progress.sqlite", args.cards, args.reviews)
        print(f"{args.out / 'progress.sqlite'} ({seconds:.1f} s)")
        return 0
    for p in write_decks(args.out, args.facts, per_file=args.per_file, seed=args.seed):
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
