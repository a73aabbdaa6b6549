"""Anki notes built from facts: every field HTML-escaped, newlines as ``<br>``.

Fact texts are plain text. Whatever they contain (``<script>``, ``&``, ``{{``)
is shown literally in Anki: each text is escaped before the little markup the
note types use (the highlighted answer span, source links, the claims of a
disputed fact) is put around it. Anki also reads its own bracket syntax in a
field, which HTML escaping leaves alone (``[sound:file]`` plays a file from the
collection's media, ``[anki:tts]…[/anki:tts]`` speaks, ``[latex]…[/latex]`` runs
LaTeX): every ``[`` is written as the character reference ``&#91;``, which shows
as ``[`` and starts none of them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import NamedTuple

from studyapp.core.anki_export.ids import fact_guid_prefix, guid_suffix
from studyapp.core.deck.claims import fact_claims
from studyapp.core.deck.links import web_url
from studyapp.core.deck.model import CardKind, Fact, split_span
from studyapp.core.deck.view import DeckView

_WHITESPACE = re.compile(r"\s+")
_SPECIAL = re.compile(r"[&<>\"'\r\n\[]")


def esc(text: str) -> str:
    """Plain text as HTML that shows it literally, newlines as ``<br>``, and that
    starts none of Anki's bracket tags (``[sound:…]``, ``[anki:…]``, ``[latex]``)."""
    if _SPECIAL.search(text) is None:  # most fact texts: nothing to do
        return text
    escaped = html.escape(text, quote=True)
    if "\n" in escaped or "\r" in escaped:
        escaped = escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")
    if "[" in escaped:
        escaped = escaped.replace("[", "&#91;")
    return escaped


def _cloze_safe(escaped: str, *, inside: bool = False) -> str:
    """Escaped text that cannot open, close or (inside a deletion) split a cloze."""
    if "{" in escaped or "}" in escaped:
        escaped = escaped.replace("{", "&#123;").replace("}", "&#125;")
    if inside and ":" in escaped:
        escaped = escaped.replace(":", "&#58;")
    return escaped


def tag(text: str) -> str:
    """An Anki tag: no spaces (Anki splits tags on whitespace)."""
    return _WHITESPACE.sub("_", text.strip()).replace('"', "")


class NoteRow(NamedTuple):
    """One note as the package stores it."""

    guid: str
    kind: CardKind
    fields: str  # the fields joined by "\x1f", as Anki stores them
    tags: str  # Anki's stored form: " a b c "


class NoteBuilder:
    """Makes the notes of one deck in one script."""

    def __init__(self, view: DeckView) -> None:
        self.view = view
        self._source_html: dict[str, str] = {}
        self._sources_html: dict[tuple[str, ...], str] = {}
        self._topic_html: dict[str, str] = {}
        self._tag_strings: dict[tuple[str, tuple[str, ...], tuple[str, ...]], str] = {}

    def source_link(self, source_id: str) -> str:
        """``<a href=url>title</a>（date）`` of one source, cached per deck."""
        cached = self._source_html.get(source_id)
        if cached is not None:
            return cached
        src = self.view.deck.sources.get(source_id)  # type: ignore[call-overload]
        if src is None:
            out = esc(source_id)
        else:
            title = esc(self.view.source_title(source_id))
            url = web_url(src.url)
            if url:
                title = f'<a href="{esc(url)}">{title}</a>'
            out = f"{title}（{esc(src.date[:10])}）"
        self._source_html[source_id] = out
        return out

    def _sources(self, source_ids: tuple[str, ...]) -> str:
        cached = self._sources_html.get(source_ids)
        if cached is None:
            cached = "、".join(self.source_link(s) for s in source_ids)
            self._sources_html[source_ids] = cached
        return cached

    def _topic(self, topic_id: str) -> str:
        cached = self._topic_html.get(topic_id)
        if cached is None:
            cached = self._topic_html[topic_id] = esc(self.view.topic_title(topic_id))
        return cached

    def _disputed(self, fact: Fact) -> str:
        """Every source's claim, as the Review screen shows them (:func:`fact_claims`)."""
        parts = []
        for claim in fact_claims(self.view, fact):
            extra = f'<div class="sa-claim-note">{esc(claim.note)}</div>' if claim.note else ""
            parts.append(
                '<div class="sa-claim">'
                f'<div class="sa-claim-answer">{esc(claim.answer)}</div>'
                f'<div class="sa-claim-statement">{esc(claim.statement)}</div>'
                f'<div class="sa-claim-source">{self._sources(claim.sources)}</div>'
                f"{extra}</div>"
            )
        return "".join(parts)

    def _tags(self, fact: Fact) -> str:
        if fact.disputed:  # few: not worth a cache key
            return self._make_tags(fact)
        key = (fact.topic, fact.sources, fact.tags)
        cached = self._tag_strings.get(key)
        if cached is None:
            cached = self._tag_strings[key] = self._make_tags(fact)
        return cached

    def _make_tags(self, fact: Fact) -> str:
        deck = self.view.deck
        names = [f"studyapp::{deck.id}", f"topic::{fact.topic}"]
        sources = dict.fromkeys([*fact.sources, *(d.source for d in fact.disputed)])
        names.extend(f"source::{s}" for s in sources)
        if fact.is_disputed:
            names.append("disputed")
        names.extend(fact.tags)
        unique = dict.fromkeys(t for t in (tag(n) for n in names) if t)
        return " " + " ".join(unique) + " "

    def notes(self, fact: Fact, kinds: Iterable[CardKind]) -> list[NoteRow]:
        view = self.view
        text = view.text
        before, span, after = split_span(fact.statement)
        question = fact.question
        if view.script != view.deck.script:
            before, span, after, question = text(before), text(span), text(after), text(question)
        shared = "\x1f".join(
            (
                self._sources(fact.sources),
                self._topic(fact.topic),
                self._disputed(fact) if fact.disputed else "",
                esc(text(fact.note)) if fact.note else "",
                esc(f"{view.deck.id}/{fact.id}"),
            )
        )
        answer = esc(view.fact_answer(fact))
        tags = self._tags(fact)
        prefix = fact_guid_prefix(view.deck.id, fact.id)
        q, b, a, sp = esc(question), esc(before), esc(after), esc(span)
        rows = []
        for kind in kinds:
            if kind is CardKind.QA:
                statement = f'{b}<span class="sa-span">{sp}</span>{a}'
                fields = f"{q}\x1f{answer}\x1f{statement}\x1f{shared}"
            else:
                cloze = (
                    f"{_cloze_safe(b)}{{{{c1::{_cloze_safe(sp, inside=True)}}}}}{_cloze_safe(a)}"
                )
                fields = f"{cloze}\x1f{answer}\x1f{q}\x1f{shared}"
            rows.append(NoteRow(prefix + guid_suffix(kind, view.script), kind, fields, tags))
        return rows
