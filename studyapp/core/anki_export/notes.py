"""Anki notes built from facts: every field HTML-escaped, newlines as ``<br>``.

Fact texts are plain text. Whatever they contain (``<script>``, ``&``, ``{{``)
is shown literally in Anki: each text is escaped before the little markup the
note types use (the highlighted answer span, source links, the claims of a
disputed fact) is put around it.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

from studyapp.core.anki_export.ids import CardKind, note_guid
from studyapp.core.card_faces import card_face
from studyapp.core.model import Fact, Script
from studyapp.core.view import DeckView

_WHITESPACE = re.compile(r"\s+")


def esc(text: str) -> str:
    """Plain text as HTML that shows it literally, newlines as ``<br>``."""
    escaped = html.escape(text, quote=True)
    if "\n" in escaped or "\r" in escaped:
        escaped = escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")
    return escaped


def _cloze_esc(text: str, *, inside: bool) -> str:
    """Escaped text that cannot open, close or split a cloze deletion."""
    out = esc(text).replace("{", "&#123;").replace("}", "&#125;")
    return out.replace(":", "&#58;") if inside else out


def field_checksum(plain: str) -> int:
    """Anki's duplicate-check checksum of a first field (first 8 hex digits of SHA-1)."""
    return int(hashlib.sha1(plain.encode("utf-8")).hexdigest()[:8], 16)


def tag(text: str) -> str:
    """An Anki tag: no spaces (Anki splits tags on whitespace)."""
    return _WHITESPACE.sub("_", text.strip()).replace('"', "")


@dataclass(frozen=True, slots=True)
class NoteRow:
    guid: str
    kind: CardKind
    script: Script
    fields: tuple[str, ...]
    sort_field: str
    checksum: int
    tags: str  # Anki's stored form: " a b c "


class NoteBuilder:
    """Makes the notes of one deck in one script."""

    def __init__(self, view: DeckView) -> None:
        self.view = view
        self._source_html: dict[str, str] = {}

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
            url = src.url.strip()
            if url.lower().startswith(("https://", "http://")):
                title = f'<a href="{html.escape(url, quote=True)}">{title}</a>'
            out = f"{title}（{esc(src.date[:10])}）"
        self._source_html[source_id] = out
        return out

    def _sources(self, source_ids: Iterable[str]) -> str:
        return "、".join(self.source_link(s) for s in source_ids)

    def _disputed(self, fact: Fact, claims: tuple[tuple[str, str], ...]) -> str:
        if not fact.disputed:
            return ""
        owners: list[tuple[str, ...]] = [tuple(fact.sources)]
        owners.extend((d.source,) for d in fact.disputed)
        notes = ["", *(self.view.text(d.note) for d in fact.disputed)]
        parts = []
        for (answer, statement), sources, note in zip(claims, owners, notes, strict=True):
            extra = f'<div class="sa-claim-note">{esc(note)}</div>' if note else ""
            parts.append(
                '<div class="sa-claim">'
                f'<div class="sa-claim-answer">{esc(answer)}</div>'
                f'<div class="sa-claim-statement">{esc(statement)}</div>'
                f'<div class="sa-claim-source">{self._sources(sources)}</div>'
                f"{extra}</div>"
            )
        return "".join(parts)

    def _tags(self, fact: Fact) -> str:
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
        face = card_face(view, fact, "qa")
        before, span, after = face.statement
        topic = esc(face.topic)
        sources = self._sources(fact.sources)
        disputed = self._disputed(fact, tuple((c.answer, c.statement) for c in face.claims))
        note = esc(face.note)
        fact_id = esc(f"{view.deck.id}/{fact.id}")
        answer = esc(face.answer)
        question = esc(face.prompt)
        tags = self._tags(fact)
        rows = []
        for kind in kinds:
            if kind == "qa":
                statement = f'{esc(before)}<span class="sa-span">{esc(span)}</span>{esc(after)}'
                fields = (question, answer, statement, sources, topic, disputed, note, fact_id)
                sort_field = face.prompt
            else:
                text = (
                    f"{_cloze_esc(before, inside=False)}"
                    f"{{{{c1::{_cloze_esc(span, inside=True)}}}}}"
                    f"{_cloze_esc(after, inside=False)}"
                )
                fields = (text, answer, question, sources, topic, disputed, note, fact_id)
                sort_field = face.plain_statement
            rows.append(
                NoteRow(
                    guid=note_guid(view.deck.id, fact.id, kind, view.script),
                    kind=kind,
                    script=view.script,
                    fields=fields,
                    sort_field=sort_field,
                    checksum=field_checksum(sort_field),
                    tags=tags,
                )
            )
        return rows
