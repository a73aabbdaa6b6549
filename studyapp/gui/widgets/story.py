"""What Read, Timeline, People and Learn share: how well a fact is known, in colour
and words; short names for the articles; a fact as a few lines of rich text; and
the three ways on from a fact (show it in its article, review it, quiz on it)."""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from studyapp.core.deck.articles import copies_of
from studyapp.core.deck.model import Deck, Fact
from studyapp.core.deck.view import DeckView
from studyapp.core.knowledge import Knowledge, Level
from studyapp.core.read_view import Place, place_of
from studyapp.core.store import FactKey, StoreError
from studyapp.gui.context import Destination, GuiContext
from studyapp.gui.error_text import error_text

log = logging.getLogger(__name__)

#: (background, text) of each level: light tints with dark text, readable on either theme.
LEVEL_COLOURS: dict[Level, tuple[str, str]] = {
    Level.STRONG: ("#cdebd3", "#1b3a22"),
    Level.FAIR: ("#f7e3b0", "#3d2e05"),
    Level.WEAK: ("#f6c9c2", "#4a1710"),
    Level.UNSEEN: ("#dbe4f2", "#1c2a40"),
}
#: A stronger colour of each level, for a dot beside a fact.
LEVEL_DOTS: dict[Level, str] = {
    Level.STRONG: "#2e9a4b",
    Level.FAIR: "#c99a06",
    Level.WEAK: "#d2452f",
    Level.UNSEEN: "#7f97bd",
}
LEVELS_SHOWN: tuple[Level, ...] = (Level.STRONG, Level.FAIR, Level.WEAK, Level.UNSEEN)
DISPUTED_COLOUR = "#c4552d"


def esc(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")


def level_name(level: Level) -> str:
    return {
        Level.STRONG: QCoreApplication.translate("Story", "Known well"),
        Level.FAIR: QCoreApplication.translate("Story", "Fading"),
        Level.WEAK: QCoreApplication.translate("Story", "Weak"),
        Level.UNSEEN: QCoreApplication.translate("Story", "Not studied yet"),
    }[level]


def knowledge_text(k: Knowledge) -> str:
    """「Known well · recall 93 %」, or 「Not studied yet」."""
    if k.percent is None:
        return level_name(k.level)
    return (
        QCoreApplication.translate("Story", "%1 · recall %2 %")
        .replace("%1", level_name(k.level))
        .replace("%2", str(k.percent))
    )


def knowledge_chip(k: Knowledge) -> str:
    background, colour = LEVEL_COLOURS[k.level]
    return (
        f'<span style="background:{background}; color:{colour}">&nbsp;{esc(knowledge_text(k))}'
        "&nbsp;</span>"
    )


def knowledge_dot(k: Knowledge) -> str:
    """A coloured dot for how well a fact is known (its words are in the legend)."""
    return f'<span style="color:{LEVEL_DOTS[k.level]}">●</span>'


def legend_html() -> str:
    """The colours of the four levels, with what each means."""
    parts = []
    for level in LEVELS_SHOWN:
        background, colour = LEVEL_COLOURS[level]
        parts.append(
            f'<span style="background:{background}; color:{colour}">&nbsp;{esc(level_name(level))}'
            "&nbsp;</span>"
        )
    return "&nbsp;&nbsp;".join(parts)


def source_names(view: DeckView) -> dict[str, str]:
    """A short name for each article of a deck: 「繁體文章」 and 「简体文章」 when its
    articles are one of each script, else their titles."""
    sources = view.deck.sources
    scripts = [s.script for s in sources.values()]
    if len(sources) > 1 and len(set(scripts)) == len(scripts):
        return {
            sid: QCoreApplication.translate("Story", "Traditional article")
            if s.script == "hant"
            else QCoreApplication.translate("Story", "Simplified article")
            for sid, s in sources.items()
        }
    return {sid: view.source_title(sid) for sid in sources}


def claims_html(view: DeckView, fact: Fact, muted: str) -> str:
    """A disputed fact's claims, one line per article, marked; '' when undisputed."""
    from studyapp.core.deck.claims import fact_claims

    claims = fact_claims(view, fact)
    if not claims:
        return ""
    names = source_names(view)
    head = QCoreApplication.translate("Story", "The articles disagree:")
    rows = [f'<span style="color:{DISPUTED_COLOUR}; font-weight:600">⚑ {esc(head)}</span>']
    for claim in claims:
        who = "、".join(names.get(s, s) for s in claim.sources)
        line = f"<b>{esc(who)}</b>：{esc(claim.statement or claim.answer)}"
        if claim.note:
            line += f' <span style="color:{muted}">（{esc(claim.note)}）</span>'
        rows.append(line)
    return "<br>".join(rows)


# -- the ways on from a fact ---------------------------------------------------------------
def place_for(ctx: GuiContext, deck: Deck, fact_id: str) -> Place | None:
    """Where *Show in article* goes for a fact (None: it has no place in an article)."""
    try:
        return place_of(deck, fact_id, copies_of(ctx.data_dir, deck))
    except OSError:  # pragma: no cover - copies_of reports its own problems
        log.warning("could not look for the article of %s", fact_id, exc_info=True)
        return None


def article_link_html(deck_id: str, fact_id: str) -> str:
    """A *Show in article* link for a fact, as a paragraph of rich text."""
    words = QCoreApplication.translate("Story", "Show in article")
    return f"<p><a href='article:{esc(deck_id)}/{esc(fact_id)}'>{esc(words)}</a></p>"


def parse_article_link(link: str) -> tuple[str, str] | None:
    """``(deck id, fact id)`` of an :func:`article_link_html` link, or None."""
    kind, _, rest = link.partition(":")
    deck_id, _, fact_id = rest.partition("/")
    return (deck_id, fact_id) if kind == "article" and deck_id and fact_id else None


def show_in_article(ctx: GuiContext, deck_id: str, fact_id: str) -> None:
    ctx.open(Destination("read", deck_id, facts=(fact_id,)))


def quiz_on(ctx: GuiContext, deck_id: str, fact_ids: Sequence[str]) -> None:
    ctx.open(Destination("quiz", deck_id, start=True, facts=tuple(fact_ids)))


def review_these(ctx: GuiContext, deck_id: str, fact_ids: Sequence[str]) -> str:
    """Bring the facts' cards forward (due now; new ones first in line) and open Review;
    '' when done, else why not (in the interface language)."""
    store = ctx.store
    if store is None:
        return ctx.store_problem
    try:
        store.mark_due_now([FactKey(deck_id, f) for f in fact_ids])
    except StoreError as exc:
        return error_text(exc)
    ctx.notify_progress()
    ctx.open(Destination("review", deck_id, start=True))
    return ""
