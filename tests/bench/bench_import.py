"""Benchmark: how well and how fast the article importer drafts.

Three measures, each skipped cleanly when its material is absent:

``coverage``
    Questions people wrote (``../shared/qa``: DRCD dev, Traditional; CMRC 2018
    trial, Simplified; SQuAD format). Each paragraph is imported alone as an
    article (no decks loaded); its first *k* drafts in the order the review
    dialog lists them (``session.drafts``), *k* = 2 x the questions people wrote
    on it. A question is covered when one of those drafts has its answer (the
    marked span with a number's unit as written after it, or the typed answer as shown): equal to one of the person's
    answers after folding script, width, case and punctuation, or one containing
    the other with the shorter at least 60 % of the longer. Also counted: the
    paragraphs whose drafts, all accepted, make a deck the deck format refuses
    (the reader's work lost at Save; should be 0). Reported per set for
    the development half (the first half of each set's paragraphs, the only part
    looked at while tuning), the held-out half and the whole.
``speed``
    A 2 MB article (the size limit) made of the QA paragraphs (else of the test
    fixture articles), written with LF, CRLF and CR-only line endings, read and
    drafted in a fresh interpreter with the built-in deck loaded (as the app
    compares drafts with every loaded deck): wall time of reading and drafting,
    and peak RSS of the whole process. Target < 5 s, < 200 MB.
``builtin``
    The two articles the built-in deck was written from (``../shared/seeds``):
    drafts, how many of the deck's facts citing each are found as repeats
    (repeat recall) and how many of its known disagreements are flagged as
    agreeing with that article's claim, and the time to draft.

``fit``
    Refits the ranking's weights (``studyapp/core/importer/ranking_weights.json``)
    on the development halves only: every candidate, its features
    (``ranking.features``) and whether a person's answer matches it where the
    person marked it (``answer_start``); an L2 logistic regression (scikit-learn,
    not a dependency of studyapp: ``pip install scikit-learn``), the features seen
    fewer than ``--min-count`` times left out. Writes the file given with
    ``--out`` (the ``about`` and ``manual`` entries of the current file are kept).
``cv``
    Cross-validation inside the development halves for each ``--cs`` value: five
    folds of whole articles, the ranking fitted on four and the fifth drafted by
    the importer's own choosing and phrasing and counted as ``coverage`` counts;
    three shuffles, averaged. It predicts the held-out halves without looking at
    them.

    python tests/bench/bench_import.py [coverage|speed|builtin ...] [--json FILE]
    python tests/bench/bench_import.py coverage --part dev --misses 40
    python tests/bench/bench_import.py cv --cs 0.03 0.1 0.3
    python tests/bench/bench_import.py fit --out weights.json [--c 0.1] [--min-count 10]

Two more splits of the same sets, DRCD test (Traditional, 1,000 paragraphs) and
CMRC 2018 dev (Simplified, 848), are not in ``../shared/qa``; with ``--extra DIR``
(the folder holding DRCD_test.json and cmrc2018_dev.json, from the sets' public
repositories) they can be measured (``coverage --sets drcd-test cmrc-dev``) and
fitted on, whole (``fit --train-extra drcd-test cmrc-dev``, ``cv --train-extra …``,
where they are in every fold's training and never counted).

Not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.bench.util import run_json  # noqa: E402

QA = ROOT.parent / "shared" / "qa"
SEEDS = ROOT.parent / "shared" / "seeds"
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
BUILTIN = ROOT / "decks" / "anthropic-founding.yaml"
SETS = {"drcd": "DRCD_dev.json", "cmrc": "cmrc2018_trial.json"}
# Other splits of the same two sets, read from --extra DIR when given (not in
# ../shared/qa): measured whole, and with ``fit --train-extra`` fitted on whole.
EXTRA = {"drcd-test": "DRCD_test.json", "cmrc-dev": "cmrc2018_dev.json"}
TODAY = date(2025, 1, 2)
PARTS = ("dev", "held-out", "extra", "all")
extra_dir: Path | None = None
SPEED_TARGET_S = 5.0
SPEED_TARGET_MB = 200.0


# -- coverage ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Paragraph:
    set: str
    index: int  # in its set, in file order
    context: str
    questions: tuple[tuple[str, tuple[str, ...]], ...]  # (question, its answers)
    article: int = 0  # the set's article (Wikipedia page) it comes from
    marked: tuple[tuple[tuple[str, int], ...], ...] = ()  # each question's (answer, offset)


def set_file(name: str) -> Path:
    if name in SETS:
        return QA / SETS[name]
    if extra_dir is None:
        raise SystemExit(f"{name} is read from --extra DIR")
    return extra_dir / EXTRA[name]


def load_set(name: str) -> list[Paragraph]:
    data = json.loads(set_file(name).read_text(encoding="utf-8"))
    out: list[Paragraph] = []
    for number, article in enumerate(data["data"]):
        for para in article["paragraphs"]:
            qas = tuple(
                (q["question"], tuple(dict.fromkeys(a["text"] for a in q["answers"])))
                for q in para["qas"]
            )
            marked = tuple(
                tuple((a["text"], int(a.get("answer_start", -1))) for a in q["answers"])
                for q in para["qas"]
            )
            out.append(Paragraph(name, len(out), para["context"], qas, number, marked))
    return out


def part_of(p: Paragraph, total: int) -> str:
    if p.set in EXTRA:
        return "extra"
    return "dev" if p.index < total // 2 else "held-out"


def same_answer(a: str, b: str) -> bool:
    """Equal after folding, or one inside the other covering >= 60 % of it."""
    from studyapp.core.importer.textnorm import normalize

    x, y = normalize(a), normalize(b)
    if not x or not y:
        return False
    if x == y:
        return True
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    return short in long_ and len(short) >= 0.6 * len(long_)


def draft_paragraph(p: Paragraph, doubt_limit: float | None = None) -> dict[str, Any]:
    """Import one paragraph; which of its questions the first k drafts cover (with the
    drafts the doubt model holds back left out, at ``doubt_limit`` if given)."""
    from studyapp.core.importer.confidence import DOUBT_LIMIT
    from studyapp.core.importer.drafts import make_session
    from studyapp.core.importer.reading import ArticleFormat, parse_article_text

    article = parse_article_text(p.context, f"{p.set}-{p.index}.txt", ArticleFormat.TEXT)
    started = time.perf_counter()
    limit = DOUBT_LIMIT if doubt_limit is None else doubt_limit
    session = make_session(article, [], today=TODAY, doubt_limit=limit)
    elapsed = time.perf_counter() - started
    k = 2 * len(p.questions)
    shown = session.drafts[:k]
    offered = [(_as_written(d), d.answer_text, d.question) for d in shown]
    covered = [
        any(
            same_answer(ans, got)
            for ans in answers
            for span, text, _ in offered
            for got in (span, text)
        )
        for _, answers in p.questions
    ]
    return {
        "set": p.set,
        "index": p.index,
        "k": k,
        "drafts": len(session.drafts),
        "unsaved": _cannot_save(session),
        "covered": covered,
        "offered": offered,
        "seconds": elapsed,
    }


def _cannot_save(session: Any) -> str:
    """The deck format's complaint when every draft is accepted and saved ('' if none)."""
    from studyapp.core.deck.load import load_deck_text
    from studyapp.core.importer.drafts import DraftStatus
    from studyapp.core.importer.userdeck import deck_from_session, deck_yaml

    if not session.drafts:
        return ""
    for draft in session.drafts:
        session = session.with_status(draft.id, DraftStatus.ACCEPTED)
    try:
        load_deck_text(deck_yaml(deck_from_session(session)))
    except Exception as exc:  # the deck format's DeckError, or anything worse
        return str(exc).splitlines()[0]
    return ""


def _as_written(draft: Any) -> str:
    """The marked span, with the unit that follows it in the statement (六 個月)."""
    span: str = draft.span
    unit: str = draft.answer.unit
    if unit and unit != "%":
        after = draft.statement.split("}}", 1)[1].lstrip()
        if after.startswith(unit):
            return span + unit
    return span


def _rows(
    names: list[str], workers: int, doubt_limit: float | None = None
) -> Iterator[tuple[Paragraph, int, dict[str, Any]]]:
    draft = functools.partial(draft_paragraph, doubt_limit=doubt_limit)
    for name in names:
        paras = load_set(name)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for p, row in zip(paras, pool.map(draft, paras, chunksize=8), strict=True):
                yield p, len(paras), row


def coverage(
    names: list[str], part: str, misses: int, workers: int, doubt_limit: float | None = None
) -> dict[str, Any]:
    if not QA.is_dir():
        return {"skipped": f"no {QA}"}
    stats: dict[str, dict[str, Counter[str]]] = {}
    missed: list[tuple[Paragraph, dict[str, Any]]] = []
    seconds: list[float] = []
    for p, total, row in _rows(names, workers, doubt_limit):
        where = part_of(p, total)
        if part != "all" and where != part:
            continue
        seconds.append(row["seconds"])
        for key in (where, "all"):
            c = stats.setdefault(p.set, {}).setdefault(key, Counter())
            c["paragraphs"] += 1
            c["questions"] += len(p.questions)
            c["covered"] += sum(row["covered"])
            c["drafts"] += row["drafts"]
            c["shown"] += min(row["k"], row["drafts"])
            c["k"] += row["k"]
            c["unsaved"] += bool(row["unsaved"])
        if where == "dev" and not all(row["covered"]):
            missed.append((p, row))
    result: dict[str, Any] = {"sets": {}, "seconds_per_paragraph": _mean(seconds)}
    for name, by_part in stats.items():
        result["sets"][name] = {
            key: {
                "paragraphs": c["paragraphs"],
                "questions": c["questions"],
                "covered": c["covered"],
                "coverage": c["covered"] / c["questions"] if c["questions"] else 0.0,
                "drafts_per_paragraph": c["drafts"] / c["paragraphs"],
                "k_per_paragraph": c["k"] / c["paragraphs"],
                "shown_per_paragraph": c["shown"] / c["paragraphs"],
                "unsaved_paragraphs": c["unsaved"],
            }
            for key, c in sorted(by_part.items(), key=lambda kv: PARTS.index(kv[0]))
        }
    if misses:
        result["misses"] = [_miss(p, row) for p, row in missed[:misses]]
    return result


def _miss(p: Paragraph, row: dict[str, Any]) -> dict[str, Any]:
    return {
        "where": f"{p.set}#{p.index}",
        "context": p.context,
        "missed": [
            {"question": q, "answers": list(a)}
            for (q, a), ok in zip(p.questions, row["covered"], strict=True)
            if not ok
        ],
        "offered": [f"{span} | {text} | {question}" for span, text, question in row["offered"]],
    }


def _mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


# -- speed ------------------------------------------------------------------------
ENDINGS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}

_SPEED_CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
from datetime import date
started = time.perf_counter()
from studyapp.core.importer.reading import read_article
from studyapp.core.importer.drafts import make_session
from studyapp.core.deck.load import load_deck
decks = [load_deck(sys.argv[3])]
imported = time.perf_counter()
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
cpu = time.process_time()
article = read_article(sys.argv[1])
read = time.perf_counter()
session = make_session(article, decks, today=date(2025, 1, 2))
done = time.perf_counter()
cpu = time.process_time() - cpu
print(json.dumps({
    "import_s": imported - started, "read_s": read - imported, "draft_s": done - read,
    "total_s": done - imported, "cpu_s": cpu, "drafts": len(session.drafts),
    "sentences": len(session.document.sentences),
    "base_rss_mb": base,
    "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def big_article_text(limit: int) -> tuple[str, str]:
    """Paragraphs of real text (the QA sets', Simplified ones converted to
    Traditional) up to ``limit`` bytes of UTF-8 with LF endings, a heading every
    20 paragraphs; the fixture articles when the QA sets are absent."""
    paras: list[str] = []
    if QA.is_dir():
        from studyapp.core.deck.script import convert_plain

        drcd = [p.context for p in load_set("drcd")]
        cmrc = [convert_plain(p.context, "hant") for p in load_set("cmrc")]
        paras, origin = drcd + cmrc, "QA paragraphs"
    else:
        from studyapp.core.importer.reading import read_article

        for path in sorted(FIXTURES.glob("*.md")):
            paras += [b.text for b in read_article(path).blocks]
        origin = "fixture articles"
    out: list[str] = ["# 長文測試\n\n"]
    size = len(out[0].encode("utf-8"))
    i = 0
    while True:
        piece = (
            (f"## 第 {i // 20 + 1} 節\n\n" if i % 20 == 0 else "") + paras[i % len(paras)] + "\n\n"
        )
        n = len(piece.encode("utf-8"))
        if size + n > limit:
            break
        out.append(piece)
        size += n
        i += 1
    return "".join(out), f"{origin}, {i} paragraphs"


def speed(endings: list[str], size_mb: float, repeats: int, tmp: Path) -> dict[str, Any]:
    from studyapp.core.importer.reading import MAX_ARTICLE_BYTES

    limit = min(int(size_mb * 1024 * 1024), MAX_ARTICLE_BYTES)
    text, origin = big_article_text(limit - 8 * 1024)  # room for CRLF's extra bytes
    result: dict[str, Any] = {"origin": origin, "runs": {}}
    for name in endings:
        body = text.replace("\n", ENDINGS[name]).encode("utf-8")
        # CRLF doubles the line breaks: trim whole paragraphs until it fits
        while len(body) > limit:
            text = text[: text.rstrip("\n").rfind("\n\n") + 2]
            body = text.replace("\n", ENDINGS[name]).encode("utf-8")
        path = tmp / f"big-{name}.txt"
        path.write_bytes(body)
        runs = [run_json(_SPEED_CHILD, str(path), str(ROOT), str(BUILTIN)) for _ in range(repeats)]
        best = min(runs, key=lambda r: r["total_s"])
        best["bytes"] = len(body)
        best["meets"] = best["total_s"] < SPEED_TARGET_S and best["maxrss_mb"] < SPEED_TARGET_MB
        best["all_total_s"] = [r["total_s"] for r in runs]
        result["runs"][name] = best
    return result


# -- the built-in articles ----------------------------------------------------------
def builtin() -> dict[str, Any]:
    if not SEEDS.is_dir() or not any(SEEDS.glob("*.txt")):
        return {"skipped": f"no {SEEDS}"}
    from studyapp.core.deck.load import load_deck
    from studyapp.core.importer.drafts import make_session
    from studyapp.core.importer.reading import read_article

    deck = load_deck(BUILTIN)
    out: dict[str, Any] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        started = time.perf_counter()
        session = make_session(read_article(path), [deck], today=TODAY)
        elapsed = time.perf_counter() - started
        source = "cn" if session.script == "hans" else "tw"
        citing = {f.id for f in deck.facts if source in f.sources}
        repeats = {m.fact for d in session.drafts for m in d.duplicates}
        claims = {f.id for f in deck.facts if any(d.source == source for d in f.disputed)}
        agreeing = {m.fact for d in session.drafts for m in d.disagreements if m.agrees_with}
        out[source] = {
            "seconds": elapsed,
            "drafts": len(session.drafts),
            "repeat_recall": f"{len(citing & repeats)}/{len(citing)}",
            "repeats_found": len(citing & repeats),
            "facts_citing": len(citing),
            "disagreements_flagged": f"{len(claims & agreeing)}/{len(claims)}",
            "flagged": len(claims & agreeing),
            "wrong_flags": len(agreeing - claims),
            "drafts_flagged_may_disagree": sum(1 for d in session.drafts if d.disagreements),
        }
    return out


# -- refitting the ranking -----------------------------------------------------------
@dataclass
class Sample:
    """One development paragraph as the fitting sees it: each sentence's candidates
    (``drafts.Found``), their features, and which of them a person marked."""

    paragraph: Paragraph
    found: list[Any]  # drafts.Found
    features: list[list[dict[str, float]]]
    asked: list[list[bool]]  # the candidate overlaps a person's marked answer and matches it
    budget: int
    script: str


def samples(name: str) -> list[Sample]:
    """The set's development half, each paragraph's candidates with features and labels.

    A candidate is labelled *asked* when it matches a person's answer (as the
    coverage measure compares them) where the person marked it: the topic named
    in every sentence is asked about once, not in every sentence."""
    from studyapp.core.deck.model import SourceId
    from studyapp.core.importer import drafts, ranking
    from studyapp.core.importer.entities import EntityIndex
    from studyapp.core.importer.reading import ArticleFormat, parse_article_text
    from studyapp.core.importer.splitting import split_article
    from studyapp.core.importer.textnorm import detect_script

    recorded: list[dict[str, float]] = []

    def recording(cand: Any, text: str, context: Any, cands: Any) -> float:
        recorded.append(ranking.features(cand, text, context, cands))
        return 0.0

    no_names = EntityIndex([])
    out: list[Sample] = []
    paras = load_set(name)
    original = drafts.weight
    drafts.weight = recording  # type: ignore[assignment]
    try:
        for p in paras:
            if part_of(p, len(paras)) not in ("dev", "extra"):
                continue
            article = parse_article_text(p.context, f"{name}-{p.index}.txt", ArticleFormat.TEXT)
            document = split_article(article)
            found, features, asked = [], [], []
            cursor = 0
            for f in drafts._found(document, SourceId("article"), no_names, None):
                feats = recorded[len(recorded) - len(f.candidates) :] if f.candidates else []
                recorded.clear()
                at = p.context.find(f.text, cursor)
                at = at if at >= 0 else p.context.find(f.text)
                cursor = at + len(f.text) if at >= 0 else cursor
                labels = []
                for c in f.candidates:
                    got = (c.span(f.text), _written(f.text, c), f"{c.value}{c.unit}")
                    s, e = at + c.start, at + c.end
                    labels.append(
                        at >= 0
                        and any(
                            0 <= start < e
                            and s < start + len(a)
                            and any(same_answer(a, g) for g in got)
                            for marks in p.marked
                            for a, start in marks
                        )
                    )
                found.append(f)
                features.append(feats)
                asked.append(labels)
            budget = min(
                drafts.MAX_DRAFTS,
                max(
                    drafts.MIN_DRAFTS,
                    -(-drafts._han_and_words(document.text) // drafts.CHARS_PER_DRAFT),
                ),
            )
            out.append(Sample(p, found, features, asked, budget, detect_script(document.text)))
    finally:
        drafts.weight = original  # type: ignore[assignment]
    return out


def _written(text: str, cand: Any) -> str:
    span: str = cand.span(text)
    if cand.unit and cand.unit != "%" and text[cand.end :].lstrip().startswith(cand.unit):
        return span + cand.unit
    return span


def simulated(sample: Sample, scores: list[list[float]]) -> list[bool]:
    """Which questions the first k drafts cover when the candidates score ``scores``
    (the importer's own choosing and phrasing, no decks)."""
    import dataclasses

    from studyapp.core.importer import drafts
    from studyapp.core.importer.matching import FactIndex

    no_facts = FactIndex([])
    offers = []
    for f, ws in zip(sample.found, scores, strict=True):
        offer = drafts._prepared(
            dataclasses.replace(f, candidates=list(f.candidates), weights=list(ws)), no_facts
        )
        if offer is not None:
            offers.append(offer)
    chosen = drafts._chosen(
        offers,
        sample.budget,
        drafts.MIN_SCORE,
        sample.script,
        no_facts,
        None,  # type: ignore[arg-type]
    )
    chosen.sort(key=lambda d: (-d.score, d.start))
    shown = chosen[: 2 * len(sample.paragraph.questions)]
    return [
        any(
            same_answer(a, got)
            for a in answers
            for d in shown
            for got in (_as_written(d), d.answer_text)
        )
        for _, answers in sample.paragraph.questions
    ]


def _model(
    rows: list[tuple[dict[str, float], bool]], c: float, min_count: int
) -> tuple[float, dict[str, float]]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(k for x, _ in rows for k in x)
    kept = [{k: v for k, v in x.items() if seen[k] >= min_count} for x, _ in rows]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(kept)
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, [asked for _, asked in rows])
    weights = {
        str(k): round(float(w), 2)
        for k, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 0.01
    }
    return round(float(model.intercept_[0]), 2), weights


def _training_rows(chosen: list[Sample]) -> list[tuple[dict[str, float], bool]]:
    return [
        (x, y)
        for s in chosen
        for xs, ys in zip(s.features, s.asked, strict=True)
        for x, y in zip(xs, ys, strict=True)
    ]


def _scores(sample: Sample, intercept: float, weights: dict[str, float]) -> list[list[float]]:
    return [
        [intercept + sum(weights.get(k, 0.0) * v for k, v in x.items()) for x in xs]
        for xs in sample.features
    ]


def cross_validate(
    cs: list[float], min_count: int, extra: list[str], folds: int = 5, seeds: int = 3
) -> dict[str, Any]:
    """Coverage of the development halves by a ranking fitted on the other folds, the
    folds made of whole articles (paragraphs of one Wikipedia page share their words:
    a split inside an article flatters the fit), averaged over ``seeds`` shuffles."""
    import random

    if not QA.is_dir():
        return {"skipped": f"no {QA}"}
    every = [s for name in sorted(SETS) for s in samples(name)]
    always = [s for name in extra for s in samples(name)]  # in every fold's training
    groups = sorted({(s.paragraph.set, s.paragraph.article) for s in every})
    out: dict[str, Any] = {}
    for c in cs:
        covered: Counter[str] = Counter()
        asked: Counter[str] = Counter()
        for seed in range(seeds):
            order = groups[:]
            random.Random(seed).shuffle(order)
            fold = {g: i % folds for i, g in enumerate(order)}
            for k in range(folds):
                train = always + [
                    s for s in every if fold[(s.paragraph.set, s.paragraph.article)] != k
                ]
                intercept, weights = _model(_training_rows(train), c, min_count)
                for s in every:
                    if fold[(s.paragraph.set, s.paragraph.article)] == k:
                        got = simulated(s, _scores(s, intercept, weights))
                        covered[s.paragraph.set] += sum(got)
                        asked[s.paragraph.set] += len(got)
        out[str(c)] = {name: covered[name] / asked[name] for name in sorted(asked)}
        print(json.dumps({"c": c, "coverage": out[str(c)]}))
    return out


def fit(out: Path, c: float, min_count: int, extra: list[str]) -> dict[str, Any]:
    if not QA.is_dir():
        return {"skipped": f"no {QA}"}
    try:
        import sklearn  # noqa: F401
    except ImportError:
        return {"skipped": "scikit-learn is not installed (pip install scikit-learn)"}
    rows = _training_rows([s for name in [*sorted(SETS), *extra] for s in samples(name)])
    intercept, weights = _model(rows, c, min_count)
    from studyapp.core.importer import ranking

    current = json.loads(
        (Path(ranking.__file__).parent / ranking.WEIGHTS_FILE).read_text(encoding="utf-8")
    )
    data = {
        "about": current["about"],
        "intercept": intercept,
        "weights": dict(sorted(weights.items())),
        "manual": current.get("manual", {}),
    }
    out.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return {
        "rows": len(rows),
        "asked": sum(a for _, a in rows),
        "weights": len(weights),
        "out": str(out),
    }


# -- report -------------------------------------------------------------------------
def report(results: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    cov = results.get("coverage")
    if cov and "sets" in cov:
        lines.append(
            "| set | part | paragraphs | questions | covered | coverage | drafts/paragraph "
            "| k/paragraph | cannot be saved |"
        )
        lines.append("|---|---|---:|---:|---:|---:|---:|---:|---:|")
        for name, parts in cov["sets"].items():
            for part, c in parts.items():
                lines.append(
                    f"| {name} | {part} | {c['paragraphs']:,} | {c['questions']:,} | {c['covered']:,} "
                    f"| {c['coverage']:.1%} | {c['drafts_per_paragraph']:.1f} | {c['k_per_paragraph']:.1f} "
                    f"| {c.get('unsaved_paragraphs', 0)} |"
                )
        lines.append(f"({cov['seconds_per_paragraph'] * 1000:.0f} ms per paragraph)")
    elif cov:
        lines.append(f"coverage: skipped ({cov['skipped']})")
    sp = results.get("speed")
    if sp:
        lines.append("")
        lines.append(f"2 MB article ({sp['origin']}):")
        lines.append(
            "| endings | bytes | sentences | drafts | read s | draft s | total s | CPU s | peak RSS MB | target |"
        )
        lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        for name, r in sp["runs"].items():
            lines.append(
                f"| {name} | {r['bytes']:,} | {r['sentences']:,} | {r['drafts']:,} | {r['read_s']:.2f} "
                f"| {r['draft_s']:.2f} | {r['total_s']:.2f} | {r['cpu_s']:.2f} | {r['maxrss_mb']:.0f} "
                f"| {'ok' if r['meets'] else 'MISS'} |"
            )
    bi = results.get("builtin")
    if bi and "skipped" not in bi:
        lines.append("")
        lines.append(
            "| article | drafts | repeat recall | known disagreements flagged | wrong flags | s |"
        )
        lines.append("|---|---:|---:|---:|---:|---:|")
        for source, r in bi.items():
            lines.append(
                f"| {source} | {r['drafts']} | {r['repeat_recall']} | {r['disagreements_flagged']} "
                f"| {r['wrong_flags']} | {r['seconds']:.2f} |"
            )
    elif bi:
        lines.append(f"builtin: skipped ({bi['skipped']})")
    return lines


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "what", nargs="*", help="coverage, speed, builtin (default: all three), cv or fit"
    )
    parser.add_argument(
        "--sets", nargs="+", choices=sorted(SETS) + sorted(EXTRA), default=sorted(SETS)
    )
    parser.add_argument("--extra", type=Path, help="the folder holding the EXTRA sets")
    parser.add_argument(
        "--train-extra",
        nargs="*",
        choices=sorted(EXTRA),
        default=[],
        help="fit, cv: also fit on these EXTRA sets, whole",
    )
    parser.add_argument("--part", choices=PARTS, default="all")
    parser.add_argument("--misses", type=int, default=0, help="list N dev paragraphs with misses")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--doubt-limit",
        type=float,
        help="coverage: hold back drafts doubted at this limit (1 holds none; default: the app's)",
    )
    parser.add_argument(
        "--endings", nargs="+", choices=sorted(ENDINGS), default=["lf", "crlf", "cr"]
    )
    parser.add_argument("--size-mb", type=float, default=2.0)
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--out", type=Path, help="fit: where to write the weights")
    parser.add_argument("--c", type=float, default=0.1, help="fit: inverse regularisation")
    parser.add_argument(
        "--cs", type=float, nargs="+", default=[0.03, 0.1, 0.3], help="cv: the values of C tried"
    )
    parser.add_argument("--min-count", type=int, default=10, help="fit: rarest feature kept")
    args = parser.parse_args(argv)
    global extra_dir
    extra_dir = args.extra
    what = args.what or ["coverage", "speed", "builtin"]
    if unknown := set(what) - {"coverage", "speed", "builtin", "fit", "cv"}:
        parser.error(f"unknown measure(s): {', '.join(sorted(unknown))}")
    results: dict[str, Any] = {}
    if "coverage" in what:
        results["coverage"] = coverage(
            args.sets, args.part, args.misses, args.workers, args.doubt_limit
        )
    if "speed" in what:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="studyapp-bench-import-") as tmp:
            results["speed"] = speed(args.endings, args.size_mb, args.repeats, Path(tmp))
    if "builtin" in what:
        results["builtin"] = builtin()
    if "cv" in what:
        results["cv"] = cross_validate(args.cs, args.min_count, args.train_extra)
    if "fit" in what:
        if args.out is None:
            parser.error("fit needs --out FILE")
        results["fit"] = fit(args.out, args.c, args.min_count, args.train_extra)
        print(json.dumps(results["fit"]))
    print("\n".join(report(results)))
    if args.json:
        args.json.write_text(
            json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return results


if __name__ == "__main__":
    main()
