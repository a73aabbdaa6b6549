"""Fit and cross-validate the importer's doubt model on blind readers' verdicts.

Each reading folder (``--sets DIR …``) holds what a blind reader saw and said:
``drafts.md`` (two unlabelled draft lists per article, X and Y, each row a
draft's question, answer, gist and statement with its blank in 【】, and the
topic line above the list) and ``verdict.md`` (one row per draft: good, small
edit, poor or wrong). Those folders hold the articles' text and stay outside
the repository (docs/import-quality.md says how they were made).

For every draft: :func:`studyapp.core.importer.confidence.features`, and
whether the reader found it poor or wrong. ``cv`` leaves one reading set out at
a time, fits an L2 logistic regression (scikit-learn, not a dependency of
studyapp) on the others and scores the set left out; it prints how many drafts
each limit keeps and how many of the kept ones the readers found usable.
``fit`` fits on every set and writes ``--out`` (the shipped file is
``studyapp/core/importer/confidence_weights.json``).

    python tests/bench/fit_confidence.py cv --sets /path/imp15-blind{5..17}
    python tests/bench/fit_confidence.py fit --sets … --out studyapp/core/importer/confidence_weights.json
    python tests/bench/fit_confidence.py export --sets /path/imp15-blind{52..75} --out features.jsonl.gz

``export`` keeps each judged draft's features and verdict without the articles'
text (docs/import-quality/doubt-features-round10.jsonl.gz holds round ten's), and
``--sets`` takes such files as well as folders.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studyapp.core.importer.confidence import features

_LIST_RE = re.compile(r"## (\S+) — list ([XY])")
_TOPIC_RE = re.compile(r"Topic line.*「(.*)」")
_ROW_RE = re.compile(r"\| ([XY])(\d+) \| (.*) \|$")
_VERDICT_RE = re.compile(r"\|\s*\**([XY])(\d+)\**\s*\|\s*([^|]+)\|")
_ARTICLE_RE = re.compile(r"##+ .*?\b([a-z]\d+)\b")


@dataclass
class Judged:
    reading: str  # the reading set's folder name
    x: dict[str, float]
    bad: bool  # the reader found it poor or wrong
    version: str = ""  # which importer made its list, from the set's key file (old / new)


def _verdict(cell: str) -> str | None:
    v = cell.strip().lower().replace("*", "")
    if v.startswith(("wrong", "poor")):
        return "bad"
    if "edit" in v or v.startswith("good"):
        return "usable"
    return None


def judged(folder: Path) -> list[Judged]:
    """Every draft of one reading set with the reader's verdict."""
    drafts: dict[tuple[str, str, int], tuple[str, str, str, str, int]] = {}
    current: tuple[str, str] | None = None
    topic = ""
    for line in (folder / "drafts.md").read_text(encoding="utf-8").splitlines():
        if m := _LIST_RE.match(line):
            current, topic = (m.group(1).split("-")[0], m.group(2)), ""
        elif m := _TOPIC_RE.match(line):
            topic = m.group(1)
        elif (m := _ROW_RE.match(line)) and current:
            cells = [c.strip() for c in m.group(3).split(" | ")]
            question, answer, _gist, statement, row_topic = ([*cells, "", "", "", "", ""])[:5]
            key = (current[0], current[1], int(m.group(2)))  # round eleven: a topic per row
            drafts[key] = (question, answer, statement, row_topic or topic, 0)
    sizes = Counter((k[0], k[1]) for k in drafts)
    key = folder.with_name(folder.name + "-key.txt")  # "u1-….txt: X=new" per article
    x_is: dict[str, str] = {}
    if key.exists():
        for line in key.read_text(encoding="utf-8").splitlines():
            name, _, rest = line.partition(": X=")
            x_is[name.split("-")[0]] = rest.strip()
    verdicts: dict[tuple[str, str, int], str] = {}
    article = ""
    for line in (folder / "verdict.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## ") and (m := _ARTICLE_RE.match(line)):
            article = m.group(1)
        elif (m := _VERDICT_RE.match(line)) and article and (v := _verdict(m.group(3))):
            verdicts[(article, m.group(1), int(m.group(2)))] = v
    out = []
    for key, (question, answer, statement, topic, _) in drafts.items():
        if key not in verdicts or "【" not in statement:
            continue
        before, rest = statement.split("【", 1)
        span, after = rest.split("】", 1) if "】" in rest else (rest, "")
        rank = (key[2] - 1) / sizes[(key[0], key[1])]
        x = features(question, answer, before, span, after, topic, rank)
        version = x_is.get(key[0], "")
        if version and key[1] == "Y":
            version = {"old": "new", "new": "old"}.get(version, version)
        out.append(Judged(folder.name, x, verdicts[key] == "bad", version))
    return out


def _rows(source: Path) -> list[Judged]:
    """A reader's folder, or the features and verdicts ``export`` wrote (no article
    text: the features name lengths, tags and question words only), so that a set
    can be fitted on after its folder, which holds the articles, is gone."""
    if not source.name.endswith((".jsonl", ".jsonl.gz")):
        return judged(source)
    data = source.read_bytes()
    text = (gzip.decompress(data) if source.suffix == ".gz" else data).decode("utf-8")
    out = []
    for line in text.splitlines():
        if line.strip():
            d = json.loads(line)
            out.append(Judged(d["reading"], d["x"], bool(d["bad"]), d.get("version", "")))
    return out


def _fit(rows: list[Judged], c: float, min_count: int) -> tuple[float, dict[str, float]]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(k for r in rows for k in r.x)
    kept = [{k: v for k, v in r.x.items() if seen[k] >= min_count} for r in rows]
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=5000).fit(
        vectorizer.fit_transform(kept), [r.bad for r in rows]
    )
    weights = {
        str(k): round(float(w), 3)
        for k, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 0.005
    }
    return round(float(model.intercept_[0]), 3), weights


def _doubt(intercept: float, weights: dict[str, float], x: dict[str, float]) -> float:
    import math

    return 1 / (1 + math.exp(-(intercept + sum(weights.get(k, 0.0) * v for k, v in x.items()))))


def _check(rows: list[Judged]) -> None:
    """Each set and version: the readers' usable share of all its drafts, and of
    those the shipped model keeps (DOUBT_LIMIT): what the importer offers."""
    from studyapp.core.importer.confidence import DOUBT_LIMIT, _weights

    intercept, weights = _weights()
    print("| reading | version | drafts | usable | offered | usable among offered |")
    print("|---|---|---:|---:|---:|---:|")
    groups = sorted({(r.reading, r.version) for r in rows})
    for reading, version in [*groups, ("all", "old"), ("all", "new")]:
        mine = [r for r in rows if r.version == version and reading in ("all", r.reading)]
        if not mine:
            continue
        kept = [r for r in mine if _doubt(intercept, weights, r.x) < DOUBT_LIMIT]
        share = 100 * sum(not r.bad for r in mine) / len(mine)
        kept_share = 100 * sum(not r.bad for r in kept) / max(1, len(kept))
        print(
            f"| {reading} | {version} | {len(mine)} | {share:.1f} % | {len(kept)} | {kept_share:.1f} % |"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("cv", "fit", "check", "export"))
    parser.add_argument(
        "--sets",
        nargs="+",
        type=Path,
        required=True,
        help="readers' folders, or .jsonl files written by export",
    )
    parser.add_argument("--c", type=float, default=0.3)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    rows = [r for source in args.sets for r in _rows(source)]
    print(f"{len(rows)} judged drafts in {len({r.reading for r in rows})} reading sets, "
          f"{100 * sum(not r.bad for r in rows) / len(rows):.1f} % usable")  # fmt: skip
    if args.what == "check":
        _check(rows)
        return
    if args.what == "export":
        out = args.out or Path("doubt-features.jsonl.gz")
        lines = [
            json.dumps(
                {"reading": r.reading, "bad": r.bad, "version": r.version, "x": r.x},
                ensure_ascii=False,
                sort_keys=True,
            )
            for r in rows
        ]
        data = ("\n".join(lines) + "\n").encode("utf-8")
        out.write_bytes(gzip.compress(data, mtime=0) if out.suffix == ".gz" else data)
        print(f"wrote {out}: {len(rows)} drafts")
        return
    if args.what == "fit":
        intercept, weights = _fit(rows, args.c, args.min_count)
        about = (
            "Fitted by tests/bench/fit_confidence.py on blind readers' verdicts "
            f"({len(rows)} drafts, {len({r.reading for r in rows})} reading sets, C={args.c})."
        )
        data: dict[str, Any] = {"about": about, "intercept": intercept, "weights": weights}
        out = args.out or Path("confidence_weights.json")
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out}: {len(weights)} weights")
        return
    scored: list[tuple[float, bool]] = []
    for left_out in sorted({r.reading for r in rows}):
        intercept, weights = _fit(
            [r for r in rows if r.reading != left_out], args.c, args.min_count
        )
        scored += [(_doubt(intercept, weights, r.x), r.bad) for r in rows if r.reading == left_out]
    from sklearn.metrics import roc_auc_score

    auc = roc_auc_score([bad for _, bad in scored], [d for d, _ in scored])
    print(f"held-out AUC {auc:.3f} (0.5: no better than chance)")
    print("limit  kept   usable among kept  usable among left out")
    for limit in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 1.01):
        kept = [bad for d, bad in scored if d < limit]
        gone = [bad for d, bad in scored if d >= limit]
        share = 100 * sum(not b for b in kept) / max(1, len(kept))
        other = 100 * sum(not b for b in gone) / max(1, len(gone)) if gone else float("nan")
        print(
            f"{limit:5.2f}  {100 * len(kept) / len(scored):4.0f} %  {share:5.1f} %  {other:5.1f} %"
        )


if __name__ == "__main__":
    main()
