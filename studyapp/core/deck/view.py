"""A deck's texts as the reader sees them, in the script they chose.

Every consumer (question generation, export, the GUI, the command line) asks a
``DeckView`` for text instead of reading the deck's raw strings, so switching
between 繁 and 简 is one argument, not a concern scattered through the code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from studyapp.core.deck.answers import answer_text
from studyapp.core.deck.model import (
    Answer,
    Deck,
    Dispute,
    Fact,
    GlossaryEntry,
    Script,
    Source,
    split_span,
    strip_span,
)
from studyapp.core.deck.script import ScriptConverter

# Keyed by the glossary itself (decks with the same glossary convert alike): keying
# by id(deck) would hand a later deck that reuses a freed id the wrong glossary.
_CONVERTERS: dict[tuple[GlossaryEntry, ...], ScriptConverter] = {}


def converter_for(deck: Deck) -> ScriptConverter:
    """One converter per loaded deck (its glossary), shared by every view."""
    conv = _CONVERTERS.get(deck.glossary)
    if conv is None:
        conv = ScriptConverter(deck.glossary)
        _CONVERTERS[deck.glossary] = conv
    return conv


@dataclass(frozen=True)
class DeckView:
    deck: Deck
    script: Script
    converter: ScriptConverter = field(default=None, compare=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.converter is None:
            object.__setattr__(self, "converter", converter_for(self.deck))

    # -- plain text ---------------------------------------------------------
    def text(self, raw: str) -> str:
        """A deck text (authored in the deck's script) in the view's script."""
        return self.converter.convert(raw, self.deck.script, self.script)

    def any_text(self, raw: str) -> str:
        """Text of either script (an article's own title, a reader's input) in the view's script."""
        source: Script = "hant" if self.script == "hans" else "hans"
        return self.converter.convert(raw, source, self.script)

    def other_script_text(self, raw: str) -> str:
        other: Script = "hans" if self.script == "hant" else "hant"
        return self.converter.convert(raw, self.deck.script, other)

    # -- facts --------------------------------------------------------------
    def question(self, fact: Fact) -> str:
        return self.text(fact.question)

    def statement(self, fact: Fact) -> str:
        """The statement without span markers."""
        return self.text(strip_span(fact.statement))

    def statement_parts(self, fact: Fact) -> tuple[str, str, str]:
        """``(before, span, after)`` in the view's script."""
        before, span, after = split_span(fact.statement)
        return self.text(before), self.text(span), self.text(after)

    def gist(self, fact: Fact) -> str:
        return self.text(fact.gist)

    def answer(self, answer: Answer) -> str:
        """The answer as display text."""
        return self.text(answer_text(self.deck, answer))

    def fact_answer(self, fact: Fact) -> str:
        return self.answer(fact.answer)

    def dispute_statement(self, fact: Fact, dispute: Dispute) -> str:
        if dispute.statement:
            return self.text(strip_span(dispute.statement))
        before, _span, after = split_span(fact.statement)
        return self.text(before) + self.answer(dispute.answer) + self.text(after)

    # -- registry -----------------------------------------------------------
    def entity_name(self, entity_id: str) -> str:
        entity = self.deck.entities.get(entity_id)  # type: ignore[call-overload]
        return self.text(entity.name) if entity else entity_id

    def entity_names(self, entity_id: str) -> tuple[str, ...]:
        entity = self.deck.entities.get(entity_id)  # type: ignore[call-overload]
        return tuple(self.text(n) for n in entity.names) if entity else ()

    def source(self, source_id: str) -> Source:
        return self.deck.sources[source_id]  # type: ignore[index]

    def source_title(self, source_id: str) -> str:
        """The article's title as the article wrote it: a citation is never rewritten."""
        src = self.deck.sources.get(source_id)  # type: ignore[call-overload]
        return src.title if src else source_id

    def source_label(self, source_id: str) -> str:
        """Title (as the article wrote it) and date, for "according to …" and explanations."""
        src = self.deck.sources.get(source_id)  # type: ignore[call-overload]
        if src is None:
            return source_id
        return f"{src.title}（{src.date[:10]}）"

    def topic_title(self, topic_id: str) -> str:
        topic = self.deck.topics.get(topic_id)  # type: ignore[call-overload]
        return self.text(topic.title) if topic else topic_id
