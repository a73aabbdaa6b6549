"""Sources: the two articles (title, date, link, script, publisher), the topics
each covers, how many facts each supports, and the disagreements between them
side by side. The content is computed in :mod:`studyapp.core.sources_overview`;
this screen lays it out as one scrollable document (tables wrap well there)."""

from __future__ import annotations

import html

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from studyapp.core.deck.links import web_url
from studyapp.core.deck.model import Deck
from studyapp.core.deck.view import DeckView
from studyapp.core.sources_overview import (
    Disagreement,
    SourceSummary,
    disagreements,
    summarise_sources,
)
from studyapp.gui.context import GuiContext
from studyapp.gui.screens.base import Screen
from studyapp.gui.widgets.links import guard_links
from studyapp.gui.widgets.sticky_header import StickyHeader


def _e(text: str) -> str:
    return html.escape(text)


class SourcesScreen(Screen):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = QLabel()
        self.heading.setObjectName("screenHeading")
        self.page = QTextBrowser()
        self.page.setObjectName("sourcesPage")
        guard_links(self.page)  # web pages only, after the reader sees the address
        self.sticky = StickyHeader(self.page)  # the disagreements' header stays in sight
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.page, 1)
        self.focus_first(self.page)
        self.apply_font_size(ctx.settings.font_size)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sources and where they disagree"))
        self.page.setAccessibleName(self.tr("Sources and where they disagree"))
        self._stale = True
        if self.isVisible():
            self.refresh_now()

    def apply_font_size(self, size: int) -> None:
        self.set_reading_size(self.page, 0.55)

    # -- content --------------------------------------------------------------------
    def refresh(self) -> None:
        self.page.setHtml(self.document_html())

    def show_disagreements(self) -> None:
        """Scroll to the first deck's disagreements."""
        decks = [d for d in self.ctx.library.decks if d.sources]
        if decks:
            self.page.scrollToAnchor(f"disagreements-{decks[0].id}")

    def plain_text(self) -> str:
        return self.page.toPlainText()

    def document_html(self) -> str:
        decks = [d for d in self.ctx.library.decks if d.sources]
        parts = ["<body>"]
        for deck in decks:
            parts.append(self._deck_html(deck, show_title=len(decks) > 1))
        if not decks:
            nothing = self.tr("There are no decks yet.")
            parts.append(f"<p>{_e(nothing)}</p>")
        parts.append("</body>")
        return "".join(parts)

    def _colors(self) -> tuple[str, str]:
        pal = self.palette()
        border = pal.color(QPalette.ColorRole.Mid).name()
        muted = pal.color(QPalette.ColorRole.PlaceholderText).name()
        return border, muted

    def _deck_html(self, deck: Deck, *, show_title: bool) -> str:
        view = self.ctx.view(deck)
        border, muted = self._colors()
        parts: list[str] = []
        if show_title:
            parts.append(f"<h2>{_e(view.text(deck.title))}</h2>")
        summaries = summarise_sources(view)
        parts.append(
            f'<table width="100%" cellspacing="0" cellpadding="10" border="1" '
            f'style="border-color:{border}; border-style:solid"><tr>'
        )
        width = 100 // max(1, len(summaries))
        for summary in summaries:
            parts.append(
                f'<td width="{width}%" valign="top">{self._source_html(summary, view, muted)}</td>'
            )
        parts.append("</tr></table>")

        found = disagreements(view)
        where = self.tr("Where the articles disagree")
        parts.append(f'<h3><a name="disagreements-{_e(deck.id)}"></a>{_e(where)}</h3>')
        parts.append(
            "<p>{}</p>".format(
                _e(
                    self.tr(
                        "%n fact(s) are told differently. Each row shows what each article says.",
                        "",
                        len(found),
                    )
                )
            )
        )
        if found:
            parts.append(self._disagreements_html(deck, view, found, border, muted))
        return "".join(parts)

    def _disagreements_html(
        self, deck: Deck, view: DeckView, found: list[Disagreement], border: str, muted: str
    ) -> str:
        sources = list(deck.sources)
        question = self.tr("Question")
        silent = self.tr("(does not say)")
        parts = [
            f'<table width="100%" cellspacing="0" cellpadding="6" border="1" '
            f'style="border-color:{border}; border-style:solid">',
            f'<thead><tr><th width="28%" align="left">{_e(question)}</th>',
        ]
        width = 72 // max(1, len(sources))
        for source_id in sources:
            parts.append(
                f'<th width="{width}%" align="left">{_e(view.source_label(source_id))}</th>'
            )
        parts.append("</tr></thead><tbody>")
        for item in found:
            parts.append(
                f'<tr><td valign="top"><b>{_e(item.question)}</b><br>'
                f'<span style="color:{muted}">{_e(item.topic)}</span></td>'
            )
            for claim in item.claims:
                if claim.answer or claim.statement:
                    cell = f"<b>{_e(claim.answer)}</b><br>{_e(claim.statement)}"
                    if claim.note:
                        cell += f'<br><span style="color:{muted}">{_e(claim.note)}</span>'
                else:
                    cell = f'<span style="color:{muted}">{_e(silent)}</span>'
                parts.append(f'<td valign="top">{cell}</td>')
            parts.append("</tr>")
        parts.append("</tbody></table>")
        return "".join(parts)

    def _source_html(self, summary: SourceSummary, view: DeckView, muted: str) -> str:
        src = summary.source
        script = (
            self.tr("Traditional (繁體)") if src.script == "hant" else self.tr("Simplified (简体)")
        )
        parts = [
            f"<h3>{_e(summary.title)}</h3><p>",
            _e(self.tr("Published {date}").format(date=src.date[:10])),
            " · ",
            _e(self.tr("written in {script}").format(script=script)),
        ]
        if src.publisher:
            parts.append("<br>" + _e(view.text(src.publisher)))
        if src.author:
            parts.append("<br>" + _e(self.tr("Author: {name}").format(name=view.text(src.author))))
        open_article = self.tr("Open the article")
        video = self.tr("the video it summarises")
        parts.append("</p><p>")
        article_url, video_url = web_url(src.url), web_url(src.video)
        if article_url:  # a link that is not a web address is no link
            parts.append(f'<a href="{_e(article_url)}">{_e(open_article)}</a>')
        if video_url and video_url != article_url:
            parts.append(f' · <a href="{_e(video_url)}">{_e(video)}</a>')
        supports = "<b>{}</b>".format(_e(self.tr("Supports %n fact(s)", "", summary.supported)))
        if summary.disputing:
            differs = _e(self.tr("tells %n fact(s) differently", "", summary.disputing))
            # the list separator is the language's own ("；" in Chinese)
            supports = self.tr("{first}; {second}").format(first=supports, second=differs)
        parts.append(f"</p><p>{supports}</p>")
        if src.note:
            parts.append(f'<p style="color:{muted}">{_e(view.text(src.note))}</p>')
        parts.append(
            "<p><b>{}</b> {}</p>".format(
                _e(self.tr("Topics covered:")), _e("、".join(summary.topics))
            )
        )
        return "".join(parts)
