"""``studyapp stats``: what the reader has studied, as text or JSON.

Works while the app is running (the database is then opened read-only).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from studyapp.commands.context import AppContext, CommandError
from studyapp.core.store import (
    LearnerDays,
    SchedulerSettings,
    StoreError,
    StoreNotFoundError,
    empty_stats,
    open_for_reading,
)
from studyapp.core.store.stats import MAX_DAYS

NAME = "stats"


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(NAME, help="show review statistics")
    p.add_argument("--json", action="store_true", help="print the statistics as JSON")
    p.add_argument(
        "--days", type=int, default=30, metavar="N", help="days of history per day (default 30)"
    )


def collect(ctx: AppContext, days: int) -> dict[str, Any]:
    try:
        store = open_for_reading(ctx.store_path, clock=ctx.clock)
    except StoreNotFoundError:
        settings = SchedulerSettings()
        stats = empty_stats(
            ctx.clock(), LearnerDays(None, settings.rollover_hour), settings.parameters
        )
        return {"database": None, "due_now": None, **stats.to_dict()}
    except StoreError as exc:
        raise CommandError(str(exc)) from None
    with store:
        stats = store.stats(days=days)
        counts = store.counts()
        return {"database": str(ctx.store_path), "due_now": counts.to_dict(), **stats.to_dict()}


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    if not 1 <= args.days <= MAX_DAYS:
        raise CommandError(f"--days must be between 1 and {MAX_DAYS}")
    data = collect(ctx, args.days)
    if args.json:
        ctx.out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")  # one write
    else:
        ctx.out.write(format_text(data))
    return 0


def _duration(ms: int) -> str:
    minutes = round(ms / 60_000)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def _percent(passed: int, failed: int) -> str:
    total = passed + failed
    return f"{passed / total:.1%} of {total}" if total else "no reviews"


def format_text(data: dict[str, Any]) -> str:
    if data["database"] is None:
        return "No study progress yet.\n"
    time = data["time"]
    lines = [
        f"Today ({data['today']}): {data['reviews_today']} reviews, "
        f"{_duration(time['today_ms'])} studied; streak {data['streak_days']} days",
        f"All time: {data['reviews_total']} reviews of {data['cards_studied']} cards, "
        f"{_duration(time['total_ms'])} studied (quizzes {_duration(time['total_quiz_ms'])})",
    ]
    due = data["due_now"]
    if due is not None:
        lines.append(
            f"Left today: {due['review']} reviews, {due['learning']} learning, {due['new']} new"
        )
    forecast = [d["due"] for d in data["due_forecast"]]
    lines.append(
        f"Due: tomorrow {forecast[1] if len(forecast) > 1 else 0}, "
        f"next 7 days {sum(forecast[1:8])}, next 30 days {sum(forecast[1:30])}"
    )
    week = data["retention_per_day"][-7:]
    month = data["retention_per_day"]
    lines.append(
        "True retention: last 7 days "
        f"{_percent(sum(d['passed'] for d in week), sum(d['failed'] for d in week))}; "
        f"last {len(month)} days "
        f"{_percent(sum(d['passed'] for d in month), sum(d['failed'] for d in month))}"
    )
    if data["mastery"]:
        lines.append("Mastery per topic (mature cards / cards):")
        for m in data["mastery"]:
            recall = f", recall now {m['retrievability']:.0%}" if m["retrievability"] else ""
            lines.append(
                f"  {m['deck_id']}/{m['topic'] or '-'}: {m['mature']}/{m['cards']} "
                f"({m['mastery']:.0%}), {m['new']} new{recall}"
            )
    return "\n".join(lines) + "\n"
