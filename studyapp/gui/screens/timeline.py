"""Timeline: every dated event of a deck on one axis, earliest first.

Each event shows its date, what happened, the articles that tell it and, where
the articles disagree, a mark; where they give different dates, both dates side
by side. Clicking an event (or ↑/↓) shows its facts, with *Show in article*
and *Quiz me on this event*. The events come from the deck's data
(:mod:`studyapp.core.timeline`), so an imported article has a timeline too.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.deck.model import Deck
from studyapp.core.deck.view import DeckView
from studyapp.core.knowledge import Knowledge, knowledge_of, known
from studyapp.core.store import StoreError
from studyapp.core.timeline import TimelineEvent, fact_dates, timeline
from studyapp.gui.context import GuiContext
from studyapp.gui.screens.base import Screen
from studyapp.gui.widgets.story import (
    DISPUTED_COLOUR,
    claims_html,
    esc,
    knowledge_chip,
    place_for,
    quiz_on,
    show_in_article,
    source_names,
)

AXIS_COLOUR = "#b9aea2"
DOT_COLOUR = "#3b7dd8"


class _Axis(QWidget):
    """The axis beside one row: a line through, and a dot for an event (a ring for a year)."""

    def __init__(self, *, year: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = year
        self.colour = QColor(DOT_COLOUR)
        self.selected = False
        self.setFixedWidth(30)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(30, 24)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = self.width() / 2
        p.setPen(QPen(QColor(AXIS_COLOUR), 2))
        p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        y = self.height() / 2 if not self.year else 14.0
        if self.year:
            p.setPen(QPen(QColor(AXIS_COLOUR), 3))
            p.setBrush(self.palette().color(QPalette.ColorRole.Window))
            p.drawEllipse(QPointF(x, y), 7, 7)
        else:
            radius = 7.0 if self.selected else 5.0
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self.colour)
            p.drawEllipse(QPointF(x, y), radius, radius)
        p.end()


class EventRow(QFrame):
    """One event on the axis; a click chooses it."""

    chosen = Signal(int)

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.setObjectName("timelineEvent")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.axis = _Axis()
        self.date = QLabel()
        self.date.setObjectName("eventDate")
        font = self.date.font()
        font.setBold(True)
        self.date.setFont(font)
        self.label = QLabel()
        self.label.setObjectName("eventLabel")
        self.label.setWordWrap(True)
        self.sources = QLabel()
        self.sources.setObjectName("eventSources")
        self.sources.setTextFormat(Qt.TextFormat.RichText)
        self.sources.setWordWrap(True)
        body = QVBoxLayout()
        body.setContentsMargins(6, 6, 6, 6)
        body.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.date)
        top.addWidget(self.label, 1)
        body.addLayout(top)
        body.addWidget(self.sources)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.axis)
        row.addLayout(body, 1)

    def set_selected(self, selected: bool) -> None:
        self.axis.selected = selected
        self.axis.update()
        c = self.palette().color(QPalette.ColorRole.Highlight)
        tint = f"rgba({c.red()}, {c.green()}, {c.blue()}, 40)"
        self.setStyleSheet(
            f"QFrame#timelineEvent {{ background: {tint}; border-radius: 6px; }}"
            if selected
            else ""
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.chosen.emit(self.index)
        super().mousePressEvent(event)


class TimelineScreen(Screen):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.deck: Deck | None = None
        self.events: list[TimelineEvent] = []
        self.rows: list[EventRow] = []
        self.knowledge: dict[str, Knowledge] = {}
        self.current = -1

        self.heading = QLabel()
        self.heading.setObjectName("screenHeading")
        self.choose = QComboBox()
        self.choose.setObjectName("timelineDeck")
        self.choose.currentIndexChanged.connect(lambda _i: self._deck_chosen())
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.choose)
        self.hint = QLabel()
        self.hint.setObjectName("timelineHint")
        self.hint.setWordWrap(True)

        self.axis_box = QWidget()
        self.axis_layout = QVBoxLayout(self.axis_box)
        self.axis_layout.setContentsMargins(4, 4, 4, 4)
        self.axis_layout.setSpacing(0)
        self.axis_scroll = QScrollArea()
        self.axis_scroll.setObjectName("timelineAxis")
        self.axis_scroll.setWidgetResizable(True)
        self.axis_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.axis_scroll.setWidget(self.axis_box)
        self.axis_scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.axis_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.axis_scroll.setMinimumWidth(320)

        self.detail_title = QLabel()
        self.detail_title.setObjectName("eventTitle")
        self.detail_title.setWordWrap(True)
        font = self.detail_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.detail_title.setFont(font)
        self.detail = QTextBrowser()
        self.detail.setObjectName("eventFacts")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(lambda url: self._link(url.toString()))
        self.article_button = QPushButton()
        self.article_button.setObjectName("eventInArticle")
        self.article_button.clicked.connect(self.open_in_article)
        self.quiz_button = QPushButton()
        self.quiz_button.setObjectName("eventQuiz")
        self.quiz_button.clicked.connect(self.quiz_event)
        buttons = QHBoxLayout()
        buttons.addWidget(self.article_button)
        buttons.addWidget(self.quiz_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail_title)
        side_layout.addWidget(self.detail, 1)
        side_layout.addLayout(buttons)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.axis_scroll)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([560, 400])
        self.splitter.setChildrenCollapsible(False)
        self.empty = QLabel()
        self.empty.setObjectName("timelineEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty, 1)
        self.focus_first(self.axis_scroll)
        self.apply_font_size(ctx.settings.font_size)
        self.retranslate()

    # -- screen ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Timeline"))
        self.axis_scroll.setAccessibleName(self.tr("Timeline"))
        self.detail.setAccessibleName(self.tr("Facts of the chosen event"))
        self.hint.setText(
            self.tr(
                "Every dated event of the deck on one axis, earliest first. ⚑ marks what "
                "the articles tell differently; where they give different dates, both are "
                "shown. Click an event (or use ↑/↓) to see its facts."
            )
        )
        self.article_button.setText(self.tr("Show in article"))
        self.quiz_button.setText(self.tr("Quiz me on this event"))
        self._stale = True
        if self.isVisible():
            self.refresh_now()

    def apply_font_size(self, size: int) -> None:
        self.set_reading_size(self.detail, 0.55)

    def refresh(self) -> None:
        decks = [d for d in self.ctx.library.decks if self._has_events(d)]
        self.fill_deck_choice(self.choose, decks, self.deck.id if self.deck is not None else None)
        self.splitter.setVisible(bool(decks))
        self.hint.setVisible(bool(decks))
        self.empty.setVisible(not decks)
        self.empty.setText(self.tr("No deck has dated facts yet."))
        self._deck_chosen(keep_event=True)

    def _has_events(self, deck: Deck) -> bool:
        return any(fact_dates(f) for f in deck.facts)

    def _deck_chosen(self, *, keep_event: bool = False) -> None:
        deck = self.ctx.library.get(str(self.choose.currentData() or ""))
        keep = (
            self.events[self.current].fact_ids
            if keep_event and deck is self.deck and 0 <= self.current < len(self.events)
            else None
        )
        self.deck = deck
        self.events = timeline(self.ctx.view(deck)) if deck is not None else []
        try:
            self.knowledge = knowledge_of(self.ctx.store, deck.id) if deck is not None else {}
        except StoreError:
            self.knowledge = {}
        self._build_rows()
        at = next((i for i, e in enumerate(self.events) if e.fact_ids == keep), 0)
        self.select(at if self.events else -1)

    # -- the axis -------------------------------------------------------------------------
    def _build_rows(self) -> None:
        while self.axis_layout.count():
            item = self.axis_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        if self.deck is None:
            return
        view = self.ctx.view(self.deck)
        names = source_names(view)
        year = None
        for i, event in enumerate(self.events):
            if event.year != year:
                year = event.year
                self.axis_layout.addWidget(self._year_row(year))
            row = EventRow(i)
            row.date.setText(event.date)
            row.label.setText(event.label)
            row.sources.setText(self._sources_html(event, names))
            row.setToolTip(event.topic)
            if event.is_disputed:
                row.axis.colour = QColor(DISPUTED_COLOUR)
            row.chosen.connect(self.select)
            self.axis_layout.addWidget(row)
            self.rows.append(row)
        self.axis_layout.addStretch(1)

    def _year_row(self, year: int) -> QWidget:
        row = QWidget()
        row.setObjectName("timelineYear")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(_Axis(year=True))
        label = QLabel(str(year))
        label.setObjectName("yearLabel")
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        label.setFont(font)
        layout.addWidget(label, 1)
        return row

    def _sources_html(self, event: TimelineEvent, names: dict[str, str]) -> str:
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        told = " · ".join(esc(names.get(s, s)) for s in event.sources)
        parts = [f'<span style="color:{muted}">{told}</span>']
        if event.dates_differ:
            side = "　｜　".join(
                f"<b>{esc('、'.join(names.get(s, s) for s in c.sources))}</b> {esc(c.date)}"
                for c in event.claims
            )
            parts.append(f'<br><span style="color:{DISPUTED_COLOUR}">{side}</span>')
        if event.is_disputed:
            what = self.tr("The articles disagree")
            parts.append(f'<br><span style="color:{DISPUTED_COLOUR}">⚑ {esc(what)}</span>')
        return "".join(parts)

    def select(self, index: int) -> None:
        self.current = index
        for row in self.rows:
            row.set_selected(row.index == index)
        if 0 <= index < len(self.rows):
            row = self.rows[index]
            # once the rows are laid out (they may have been built just now)
            QTimer.singleShot(0, lambda: self._scroll_to(row))
        self._render_detail()

    def _scroll_to(self, row: EventRow) -> None:
        if row in self.rows:
            self.axis_layout.activate()  # place the rows now, not at the next layout pass
            self.axis_scroll.ensureWidgetVisible(row, 0, 60)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.events:
            step = -1 if key == Qt.Key.Key_Up else 1
            self.select(min(max(0, self.current + step), len(self.events) - 1))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current >= 0:
            self.open_in_article()
            return
        super().keyPressEvent(event)

    # -- the chosen event -------------------------------------------------------------------
    def event_at(self) -> TimelineEvent | None:
        return self.events[self.current] if 0 <= self.current < len(self.events) else None

    def _render_detail(self) -> None:
        event = self.event_at()
        deck = self.deck
        has = event is not None and deck is not None
        self.quiz_button.setEnabled(has)
        if event is None or deck is None:
            self.detail_title.setText("")
            self.detail.setHtml("")
            self.article_button.setEnabled(False)
            return
        self.article_button.setEnabled(place_for(self.ctx, deck, event.fact_ids[0]) is not None)
        self.detail_title.setText(f"{event.date}　{event.label}")
        self.detail.setHtml(self._facts_html(event, self.ctx.view(deck)))

    def _facts_html(self, event: TimelineEvent, view: DeckView) -> str:
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        names = source_names(view)
        deck = view.deck
        in_article = self.tr("Show in article")
        out = [f'<p style="color:{muted}">{esc(event.topic)}</p>']
        for fact_id in event.fact_ids:
            fact = deck.fact(fact_id)
            cited = "、".join(names.get(s, s) for s in fact.sources)
            out.append(
                f"<p>{esc(view.statement(fact))}<br>{knowledge_chip(known(self.knowledge, fact_id))}"
                f' <span style="color:{muted}">{esc(cited)}</span>'
                f' · <a href="f:{esc(fact_id)}">{esc(in_article)}</a>'
            )
            claims = claims_html(view, fact, muted)
            if claims:
                out.append("<br>" + claims)
            out.append("</p>")
        return "".join(out)

    def _link(self, target: str) -> None:
        kind, _, fact_id = target.partition(":")
        if kind == "f" and self.deck is not None:
            show_in_article(self.ctx, self.deck.id, fact_id)

    def open_in_article(self) -> None:
        event = self.event_at()
        if event is not None and self.deck is not None:
            show_in_article(self.ctx, self.deck.id, event.fact_ids[0])

    def quiz_event(self) -> None:
        event = self.event_at()
        if event is not None and self.deck is not None:
            quiz_on(self.ctx, self.deck.id, event.fact_ids)
