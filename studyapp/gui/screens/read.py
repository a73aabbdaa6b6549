"""Read: an article with its facts, both ways.

For an imported article (its text is kept beside its deck) the article itself,
every sentence that states a fact coloured by how well the reader knows it
now; for the built-in deck, whose articles are not shipped, each article's
outline, section by section, with the facts of each and the other article's
claim inline where they disagree, and the link to the article. Clicking a
sentence or a section shows its facts, with *Review these* and *Quiz me on
this passage*. Other screens come here with *Show in article*
(``Destination("read", deck_id, facts=(fact_id,))``).

The content is computed in :mod:`studyapp.core.read_view`; this screen lays it
out as rich text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.deck.articles import ArticleCopy, copies_of
from studyapp.core.deck.links import web_url
from studyapp.core.deck.model import Deck, Fact, SourceId
from studyapp.core.deck.view import DeckView
from studyapp.core.knowledge import Knowledge, knowledge_of, known
from studyapp.core.read_view import (
    ArticlePage,
    OutlinePage,
    Reading,
    article_page,
    outline_page,
    readings,
)
from studyapp.core.store import StoreError
from studyapp.gui.context import Destination, GuiContext
from studyapp.gui.screens.base import Screen
from studyapp.gui.widgets.links import ask_to_open
from studyapp.gui.widgets.story import (
    LEVEL_COLOURS,
    claims_html,
    esc,
    knowledge_chip,
    knowledge_dot,
    legend_html,
    place_for,
    quiz_on,
    review_these,
    source_names,
)


class ReadScreen(Screen):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.readings: list[Reading] = []
        self.reading: Reading | None = None
        self.page: ArticlePage | OutlinePage | None = None
        self.knowledge: dict[str, Knowledge] = {}
        self.selected: tuple[str, ...] = ()  # the facts of the chosen sentence or section
        self.selected_key = ""  # "h3" (a sentence) or "p2" (a section)
        self.focus_fact = ""  # the fact Show in article came for
        self._copies: dict[str, dict[str, ArticleCopy]] = {}

        self.heading = QLabel()
        self.heading.setObjectName("screenHeading")
        self.choose = QComboBox()
        self.choose.setObjectName("readArticle")
        self.choose.currentIndexChanged.connect(self._chosen)
        self.link = QLabel()
        self.link.setObjectName("readLink")
        self.link.setOpenExternalLinks(False)  # a deck's link opens only as a web page, on request
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.linkActivated.connect(lambda address: ask_to_open(self, address))
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.choose, 1)
        top.addWidget(self.link)
        self.hint = QLabel()
        self.hint.setObjectName("readHint")
        self.hint.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setObjectName("readLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        self.text = QTextBrowser()
        self.text.setObjectName("readText")
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._clicked)

        self.passage_title = QLabel()
        self.passage_title.setObjectName("passageTitle")
        self.passage_title.setWordWrap(True)
        font = self.passage_title.font()
        font.setBold(True)
        self.passage_title.setFont(font)
        self.passage = QTextBrowser()
        self.passage.setObjectName("passageFacts")
        self.passage.setOpenLinks(False)
        self.review_button = QPushButton()
        self.review_button.setObjectName("reviewThese")
        self.review_button.clicked.connect(self.review_selected)
        self.quiz_button = QPushButton()
        self.quiz_button.setObjectName("quizPassage")
        self.quiz_button.clicked.connect(self.quiz_selected)
        self.status = QLabel()
        self.status.setObjectName("readStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.quiz_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.passage_title)
        side_layout.addWidget(self.passage, 1)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.status)

        self.splitter = QSplitter()
        self.splitter.setObjectName("readSplitter")
        self.splitter.addWidget(self.text)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([560, 400])
        self.splitter.setChildrenCollapsible(False)

        self.empty = QLabel()
        self.empty.setObjectName("readEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.legend)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty, 1)
        self.focus_first(self.text)
        self.apply_font_size(ctx.settings.font_size)
        self.retranslate()

    # -- screen ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Read"))
        self.text.setAccessibleName(self.tr("Article"))
        self.passage.setAccessibleName(self.tr("Facts of this passage"))
        self.review_button.setText(self.tr("Review these"))
        self.review_button.setToolTip(
            self.tr("Bring these facts' cards forward and review them now")
        )
        self.quiz_button.setText(self.tr("Quiz me on this passage"))
        self.empty.setText(
            self.tr(
                "No article to read yet. Import an article (Ctrl+I): its text is kept "
                "with your deck, and every sentence you keep as a fact is marked here."
            )
        )
        self.legend.setText(legend_html())
        self._stale = True
        if self.isVisible():
            self.refresh_now()

    def apply_font_size(self, size: int) -> None:
        self.set_reading_size(self.text, 0.65)
        self.set_reading_size(self.passage, 0.55)

    def arrive(self, destination: Destination) -> None:
        """Show the article (or outline section) a fact comes from, when asked for one."""
        if not destination.facts or destination.deck_id is None:
            return
        deck = self.ctx.library.get(destination.deck_id)
        fact_id = destination.facts[0]
        place = place_for(self.ctx, deck, fact_id) if deck is not None else None
        if place is None:
            self.status.setText(self.tr("This fact has no place in an article."))
            return
        self.refresh_now()
        for i, reading in enumerate(self.readings):
            if (reading.deck_id, reading.source_id) == (place.deck_id, place.source_id):
                self.focus_fact = fact_id
                self.choose.setCurrentIndex(i)  # -> _chosen (if it changed)
                self._show_reading(reading)
                self.select_fact(fact_id)
                return

    def refresh(self) -> None:
        decks = self.ctx.library.decks
        copies: dict[str, dict[str, ArticleCopy]] = {
            str(d.id): copies_of(self.ctx.data_dir, d) for d in decks
        }
        self._copies = copies
        self.readings = readings(decks, copies)
        keep = self.reading
        self.choose.blockSignals(True)
        self.choose.clear()
        for reading in self.readings:
            self.choose.addItem(self._reading_name(reading))
        at = next(
            (
                i
                for i, r in enumerate(self.readings)
                if keep is not None and (r.deck_id, r.source_id) == (keep.deck_id, keep.source_id)
            ),
            0,
        )
        self.choose.setCurrentIndex(at if self.readings else -1)
        self.choose.blockSignals(False)
        has = bool(self.readings)
        for w in (self.splitter, self.hint, self.legend, self.choose, self.link):
            w.setVisible(has)
        self.empty.setVisible(not has)
        if has:
            self._show_reading(self.readings[at], keep_selection=keep is not None)

    # -- choosing ----------------------------------------------------------------------
    def _reading_name(self, reading: Reading) -> str:
        deck = self.ctx.library.get(reading.deck_id)
        if deck is None:
            return reading.source_id
        view = self.ctx.view(deck)
        title = view.source_title(reading.source_id)
        if not reading.has_copy:
            return self.tr("%1 (outline)").replace("%1", title)
        return title

    def _chosen(self, index: int) -> None:
        if 0 <= index < len(self.readings):
            self._show_reading(self.readings[index])

    def _deck(self) -> Deck | None:
        return self.ctx.library.get(self.reading.deck_id) if self.reading else None

    def _show_reading(self, reading: Reading, *, keep_selection: bool = False) -> None:
        same = self.reading == reading
        self.reading = reading
        deck = self._deck()
        if deck is None:
            return
        view = self.ctx.view(deck)
        self.knowledge = self._knowledge(deck)
        source = deck.sources[reading.source_id]
        copy = self._copies.get(deck.id, {}).get(reading.source_id) if reading.has_copy else None
        if copy is not None:
            self.page = article_page(copy, deck, self.knowledge)
            self.hint.setText(
                self.tr(
                    "The article as you imported it. Each sentence that holds a fact is "
                    "coloured by how well you know it now; click one to see its facts."
                )
            )
        else:
            self.page = outline_page(view, reading.source_id, self.knowledge)
            self.hint.setText(
                self.tr(
                    "This article is not shipped with studyapp. Here is its outline, "
                    "section by section in the article's order, with the facts of each; "
                    "click a section to see its facts."
                )
            )
        words = self.tr("Open the article")
        url = web_url(source.url)
        self.link.setText(f'<a href="{esc(url)}">{esc(words)}</a>' if url else "")
        if not (same and keep_selection):
            self.selected, self.selected_key = (), ""
        self._render()

    def _knowledge(self, deck: Deck) -> dict[str, Knowledge]:
        try:
            return knowledge_of(self.ctx.store, deck.id)
        except StoreError:
            return {}

    # -- selecting -----------------------------------------------------------------------
    def _clicked(self, url: QUrl) -> None:
        target = url.toString()
        kind, _, rest = target.partition(":")
        page = self.page
        if kind == "h" and isinstance(page, ArticlePage):
            self.select_highlight(int(rest))
        elif kind == "p" and isinstance(page, OutlinePage):
            self.select_section(int(rest))
        elif kind == "f":
            self.select_fact(rest)

    def select_highlight(self, index: int) -> None:
        page = self.page
        if not isinstance(page, ArticlePage) or not 0 <= index < len(page.highlights):
            return
        self.selected = page.highlights[index].fact_ids
        self.selected_key = f"h{index}"
        self._render()

    def select_section(self, index: int) -> None:
        page = self.page
        if not isinstance(page, OutlinePage) or not 0 <= index < len(page.sections):
            return
        self.selected = page.sections[index].fact_ids
        self.selected_key = f"p{index}"
        self._render()

    def select_fact(self, fact_id: str) -> None:
        """Select the sentence (or section) that holds ``fact_id`` and scroll to it."""
        page = self.page
        self.focus_fact = fact_id
        if isinstance(page, ArticlePage):
            h = page.highlight_of(fact_id)
            if h is not None:
                self.select_highlight(page.highlights.index(h))
        elif isinstance(page, OutlinePage):
            part = page.part_of(fact_id)
            if part is not None:
                self.select_section(part.index)
        if self.selected_key:
            self.text.scrollToAnchor(self.selected_key)

    # -- the ways on -----------------------------------------------------------------------
    def review_selected(self) -> None:
        if self.reading is None or not self.selected:
            return
        problem = review_these(self.ctx, self.reading.deck_id, self.selected)
        self.status.setText(problem)

    def quiz_selected(self) -> None:
        if self.reading is None or not self.selected:
            return
        quiz_on(self.ctx, self.reading.deck_id, self.selected)

    # -- drawing --------------------------------------------------------------------------
    def _muted(self) -> str:
        return self.palette().color(QPalette.ColorRole.PlaceholderText).name()

    def _render(self) -> None:
        deck = self._deck()
        page = self.page
        if deck is None or page is None:
            self.text.setHtml("")
            self._render_passage(None)
            return
        view = self.ctx.view(deck)
        bar = self.text.verticalScrollBar()
        at = bar.value()
        if isinstance(page, ArticlePage):
            self.text.setHtml(self._article_html(page, deck, view))
        else:
            self.text.setHtml(self._outline_html(page, view))
        bar.setValue(at)
        self._render_passage(view)

    def plain_text(self) -> str:
        return self.text.toPlainText()

    def _article_html(self, page: ArticlePage, deck: Deck, view: DeckView) -> str:
        script = deck.sources[SourceId(page.source_id)].script

        def convert(raw: str) -> str:
            return view.converter.convert(raw, script, view.script)

        headings = {esc(convert(t)).strip() for t in self._copy_titles() if t.strip()}

        def shown(raw: str) -> str:
            lines = esc(convert(raw)).split("<br>")
            return "<br>".join(
                f'<span style="font-size:large; font-weight:600">{line}</span>'
                if line.strip() in headings
                else line
                for line in lines
            )

        parts = [f"<h2>{esc(convert(page.title))}</h2>"]
        for segment in page.segments():
            h = segment.highlight
            if h is None:
                parts.append(shown(segment.text))
                continue
            index = page.highlights.index(h)
            background, colour = LEVEL_COLOURS[h.knowledge.level]
            chosen = self.selected_key == f"h{index}"
            extra = "; font-weight:600; text-decoration:underline" if chosen else ""
            parts.append(
                f'<a name="h{index}" href="h:{index}" style="text-decoration:none; '
                f'color:{colour}; background-color:{background}{extra}">{shown(segment.text)}</a>'
            )
        if page.unplaced:
            note = self.tr(
                "%n fact(s) of this article are not marked in its text.", "", len(page.unplaced)
            )
            parts.append(f'<p style="color:{self._muted()}">{esc(note)}</p>')
        return "".join(parts)

    def _copy_titles(self) -> list[str]:
        reading = self.reading
        if reading is None:
            return []
        copy = self._copies.get(reading.deck_id, {}).get(reading.source_id)
        return [s.title for s in copy.sections] if copy is not None else []

    def _outline_html(self, page: OutlinePage, view: DeckView) -> str:
        muted = self._muted()
        text = self.palette().color(QPalette.ColorRole.Text).name()
        date = self.tr("Published {date}").format(date=page.date)
        count = self.tr("%n section(s)", "", len(page.sections))
        parts = [
            f"<h2>{esc(page.title)}</h2><p style='color:{muted}'>{esc(date)} · {esc(count)}</p>"
        ]
        for part in page.sections:
            chosen = self.selected_key == f"p{part.index}"
            mark = "▶ " if chosen else ""
            parts.append(
                f'<h3><a name="p{part.index}" href="p:{part.index}" '
                f'style="text-decoration:none; color:{text}">'
                f"{mark}{part.index + 1}. {esc(part.title)}</a></h3>"
            )
            if part.note:
                parts.append(f'<p style="color:{muted}">{esc(part.note)}</p>')
            if not part.facts:
                none = self.tr("(no facts from this section)")
                parts.append(f'<p style="color:{muted}">{esc(none)}</p>')
                continue
            for item in part.facts:
                weight = "; font-weight:600" if item.fact.id == self.focus_fact else ""
                line = (
                    f"{knowledge_dot(item.knowledge)} "
                    f'<a href="f:{esc(item.fact.id)}" style="text-decoration:none; '
                    f'color:{text}{weight}">{esc(item.statement)}</a>'
                )
                if item.claims:
                    line += "<br>" + claims_html(view, item.fact, muted)
                parts.append(
                    f'<p style="margin-left:18px; margin-top:3px; margin-bottom:3px">{line}</p>'
                )
        return "".join(parts)

    def _render_passage(self, view: DeckView | None) -> None:
        deck = self._deck()
        has = bool(self.selected) and deck is not None and view is not None
        self.review_button.setEnabled(has and self.ctx.store is not None)
        self.quiz_button.setEnabled(has)
        if self.ctx.store is None:
            self.review_button.setToolTip(self.ctx.store_problem)
        if not has or deck is None or view is None:
            self.passage_title.setText(self.tr("Click a marked sentence or a section"))
            self.passage.setHtml("")
            return
        facts = [deck.fact(f) for f in self.selected if deck.has_fact(f)]
        if self.selected_key.startswith("p") and isinstance(self.page, OutlinePage):
            part = self.page.sections[int(self.selected_key[1:])]
            self.passage_title.setText(f"{part.index + 1}. {part.title}")
        else:
            self.passage_title.setText(self.tr("%n fact(s) in this sentence", "", len(facts)))
        self.passage.setHtml(self._facts_html(facts, view))

    def _facts_html(self, facts: list[Fact], view: DeckView) -> str:
        muted = self._muted()
        names = source_names(view)
        rows = []
        for fact in facts:
            k = known(self.knowledge, fact.id)
            cited = "、".join(names.get(s, s) for s in fact.sources)
            rows.append(
                f"<p><b>{esc(view.question(fact))}</b><br>"
                f"{esc(view.fact_answer(fact))}<br>"
                f"{knowledge_chip(k)} <span style='color:{muted}'>{esc(cited)}</span>"
            )
            claims = claims_html(view, fact, muted)
            if claims:
                rows.append("<br>" + claims)
            rows.append("</p>")
        return "".join(rows)
