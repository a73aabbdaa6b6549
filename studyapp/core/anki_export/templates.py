"""studyapp's Anki note types: fields, card templates and CSS.

Two kinds of note (``qa``: the fact's question; ``cloze``: the statement with
its answer blanked) in two scripts make four note types with fixed ids (see
:mod:`.ids`). Their labels, fonts and text-to-speech language follow the script;
their fields never change order or number, so Anki can always update notes in
place (a note type whose fields changed cannot be updated by an import).

The styling reads well in Anki's night mode (desktop ``.nightMode``, AnkiDroid
``.night_mode``) and on a narrow phone screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from studyapp.core.anki_export.ids import MODEL_IDS
from studyapp.core.deck.model import CardKind, Script

# Field order is part of the note types' identity: append, never reorder.
QA_FIELDS: tuple[str, ...] = (
    "Question",
    "Answer",
    "Statement",
    "Sources",
    "Topic",
    "Disputed",
    "Note",
    "FactID",
)
CLOZE_FIELDS: tuple[str, ...] = (
    "Text",
    "Answer",
    "Question",
    "Sources",
    "Topic",
    "Disputed",
    "Note",
    "FactID",
)
FIELDS: dict[CardKind, tuple[str, ...]] = {CardKind.QA: QA_FIELDS, CardKind.CLOZE: CLOZE_FIELDS}


@dataclass(frozen=True, slots=True)
class _Labels:
    qa_name: str
    cloze_name: str
    qa_card: str
    cloze_card: str
    disputed: str
    sources: str
    note: str
    lang: str  # the HTML lang attribute
    tts: str  # Anki's TTS language code
    fonts: str


LABELS: dict[Script, _Labels] = {
    "hant": _Labels(
        qa_name="studyapp 問答（繁體）",
        cloze_name="studyapp 填空（繁體）",
        qa_card="問答",
        cloze_card="填空",
        disputed="各來源說法不同",
        sources="來源",
        note="備註",
        lang="zh-Hant",
        tts="zh_TW",
        fonts='"PingFang TC", "Noto Sans CJK TC", "Noto Sans TC", "Microsoft JhengHei", '
        '"Heiti TC", sans-serif',
    ),
    "hans": _Labels(
        qa_name="studyapp 问答（简体）",
        cloze_name="studyapp 填空（简体）",
        qa_card="问答",
        cloze_card="填空",
        disputed="各来源说法不同",
        sources="来源",
        note="备注",
        lang="zh-Hans",
        tts="zh_CN",
        fonts='"PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", '
        '"Heiti SC", sans-serif',
    ),
}

_CSS = """\
.card {
  font-family: FONTS;
  font-size: 20px;
  line-height: 1.65;
  text-align: left;
  color: #1f2328;
  background-color: #fbfbf8;
  overflow-wrap: anywhere;
}
.sa { max-width: 36em; margin: 0 auto; padding: 0 0.4em; }
.sa-topic { font-size: 0.72em; color: #6a6f76; margin-bottom: 0.5em; }
.sa-prompt { font-size: 1.15em; font-weight: 600; }
.sa-answer { font-size: 1.45em; font-weight: 700; color: #0a58a8; margin: 0.2em 0; }
.sa-question { font-size: 0.85em; color: #5b6168; }
.sa-statement { margin: 0.6em 0; }
.sa-span, .cloze { font-weight: 700; color: #0a58a8; }
.sa-disputed {
  margin: 0.9em 0; padding: 0.4em 0.8em;
  border-left: 4px solid #b86e00; background: rgba(184, 110, 0, 0.09);
}
.sa-label { font-size: 0.72em; font-weight: 700; color: #8a5300; letter-spacing: 0.05em; }
.sa-claim { margin: 0.45em 0; }
.sa-claim-answer { font-weight: 700; }
.sa-claim-source { font-size: 0.78em; color: #5b6168; }
.sa-note { margin: 0.7em 0; font-size: 0.9em; color: #3d4248; }
.sa-sources {
  margin-top: 1em; padding-top: 0.5em; font-size: 0.8em; color: #5b6168;
  border-top: 1px solid rgba(128, 128, 128, 0.35);
}
.sa-sources .sa-label { color: inherit; }
.sa a { color: inherit; text-decoration: underline; text-underline-offset: 0.15em; }
.card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card {
  color: #e3e5e8; background-color: #1c1d1f;
}
.nightMode .sa-answer, .night_mode .sa-answer,
.nightMode .sa-span, .night_mode .sa-span,
.nightMode .cloze, .night_mode .cloze { color: #8cc4ff; }
.nightMode .sa-topic, .night_mode .sa-topic,
.nightMode .sa-question, .night_mode .sa-question,
.nightMode .sa-claim-source, .night_mode .sa-claim-source,
.nightMode .sa-sources, .night_mode .sa-sources { color: #a9afb7; }
.nightMode .sa-note, .night_mode .sa-note { color: #cfd3d8; }
.nightMode .sa-disputed, .night_mode .sa-disputed {
  border-left-color: #e0a040; background: rgba(224, 160, 64, 0.12);
}
.nightMode .sa-label, .night_mode .sa-label { color: #e0a040; }
.nightMode .sa-sources .sa-label, .night_mode .sa-sources .sa-label { color: inherit; }
@media (max-width: 480px) {
  .card { font-size: 18px; line-height: 1.6; }
  .sa { padding: 0; }
  .sa-answer { font-size: 1.3em; }
}
"""


def css(script: Script) -> str:
    return _CSS.replace("FONTS", LABELS[script].fonts)


def _back_details(labels: _Labels, tts: bool, context: str) -> str:
    """The answer, then ``context`` (statement or question), claims, note, sources."""
    speak = f"{{{{tts {labels.tts}:Answer}}}}" if tts else ""
    return (
        f'<div class="sa-answer">{{{{Answer}}}}</div>{speak}\n{context}\n'
        "{{#Disputed}}"
        f'<div class="sa-disputed"><div class="sa-label">{labels.disputed}</div>'
        "{{Disputed}}</div>{{/Disputed}}\n"
        f'{{{{#Note}}}}<div class="sa-note">{labels.note}：{{{{Note}}}}</div>{{{{/Note}}}}\n'
        f'<div class="sa-sources"><span class="sa-label">{labels.sources}：</span>'
        "{{Sources}}</div>"
    )


_STATEMENT = '<div class="sa-statement">{{Statement}}</div>'
_QUESTION = '<div class="sa-question">{{Question}}</div>'


def templates(kind: CardKind, script: Script, *, tts: bool) -> list[dict[str, Any]]:
    labels = LABELS[script]
    open_div = f'<div class="sa" lang="{labels.lang}">'
    topic = '<div class="sa-topic">{{Topic}}</div>'
    if kind is CardKind.QA:
        front = f'{open_div}\n{topic}\n<div class="sa-prompt">{{{{Question}}}}</div>\n</div>'
        back = (
            "{{FrontSide}}\n<hr id=answer>\n"
            f"{open_div}\n{_back_details(labels, tts, _STATEMENT)}\n</div>"
        )
        return [{"name": labels.qa_card, "qfmt": front, "afmt": back}]
    front = f'{open_div}\n{topic}\n<div class="sa-prompt">{{{{cloze:Text}}}}</div>\n</div>'
    back = f"{front}\n<hr id=answer>\n{open_div}\n{_back_details(labels, tts, _QUESTION)}\n</div>"
    return [{"name": labels.cloze_card, "qfmt": front, "afmt": back}]


def model_json(kind: CardKind, script: Script, *, tts: bool, mod: int, deck_id: int) -> Any:
    """The note type as Anki's collection JSON (through genanki's ``Model``)."""
    import genanki

    labels = LABELS[script]
    model = genanki.Model(
        MODEL_IDS[(kind, script)],
        labels.qa_name if kind is CardKind.QA else labels.cloze_name,
        fields=[{"name": name} for name in FIELDS[kind]],
        templates=templates(kind, script, tts=tts),
        css=css(script),
        model_type=genanki.Model.FRONT_BACK if kind is CardKind.QA else genanki.Model.CLOZE,
        sort_field_index=0,
    )
    return model.to_json(mod, deck_id)
