"""Browse: every fact in a table with its cards' state; a search that ignores
the script (简体 finds 繁體 and back); filters by deck, topic, source, disputed
and state; a detail pane with the sources; suspend or reset from there.

Searching and filtering are :mod:`studyapp.core.search`; this screen shows them.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.deck.faces import card_face
from studyapp.core.deck.links import web_url
from studyapp.core.deck.model import CardKind
from studyapp.core.questions.model import QuestionType
from studyapp.core.search import (
    FactEntry,
    FactFilter,
    FactIndex,
    FactStatus,
    status_lookup,
    summarise_status,
)
from studyapp.core.store import CardRecord, CardState, StoreError
from studyapp.core.store.quiz import QuestionReport
from studyapp.gui.context import Destination, GuiContext
from studyapp.gui.dialogs.errors import show_error
from studyapp.gui.error_text import error_text
from studyapp.gui.question_words import type_name
from studyapp.gui.screens.base import Screen
from studyapp.gui.widgets.links import guard_links
from studyapp.gui.widgets.story import place_for, show_in_article

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("question", "answer", "topic", "state", "due")
COLUMN_WIDTHS = (130, 120, 60, 90)  # answer, topic, state, due (the question takes the rest)
COLUMN_MIN = (72, 64, 52, 64)  # how far they give way in a narrow window
QUESTION_MIN = 160


@dataclass(frozen=True, slots=True)
class Row:
    entry: FactEntry
    question: str
    answer: str
    topic: str
    status: FactStatus
    due: datetime | None
    disputed: bool


class FactTableModel(QAbstractTableModel):
    def __init__(self, screen: BrowseScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "question":
                return ("⚖ " if row.disputed else "") + row.question
            if column == "answer":
                return row.answer
            if column == "topic":
                return row.topic
            if column == "state":
                return self.screen.status_name(row.status)
            if column == "due":
                return row.due.astimezone().date().isoformat() if row.due is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == "question":
            return row.question
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.screen.column_name(COLUMNS[section])
        return None


class BrowseScreen(Screen):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._index: FactIndex | None = None
        self._cards: dict[tuple[str, str], list[CardRecord]] = {}
        self._statuses: dict[tuple[str, str], FactStatus] = {}
        self.heading = QLabel()
        self.heading.setObjectName("screenHeading")
        self.search = QLineEdit()
        self.search.setObjectName("browseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.deck_filter = QComboBox()
        self.topic_filter = QComboBox()
        self.source_filter = QComboBox()
        self.disputed_filter = QComboBox()
        self.state_filter = QComboBox()
        for combo in self._combos():
            combo.currentIndexChanged.connect(self.apply_filter)
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in self._combos():
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            filters.addWidget(combo, 1)

        self.model = FactTableModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("factTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate(COLUMN_WIDTHS, start=1):
            header.resizeSection(col, width)
        self._narrow = False
        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

        self.detail = QTextBrowser()
        self.detail.setObjectName("factDetail")
        guard_links(self.detail)  # web pages only, after the reader sees the address
        self.suspend_button = QPushButton()
        self.suspend_button.setObjectName("suspendButton")
        self.suspend_button.clicked.connect(self.toggle_suspend)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("resetButton")
        self.reset_button.clicked.connect(self.ask_reset)
        self.article_button = QPushButton()
        self.article_button.setObjectName("browseInArticle")
        self.article_button.clicked.connect(self.show_in_article)
        buttons = QHBoxLayout()
        buttons.addWidget(self.article_button)
        buttons.addStretch(1)
        buttons.addWidget(self.suspend_button)
        buttons.addWidget(self.reset_button)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 1)
        detail_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("browseSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        if not self.splitter.restoreState(ctx.settings.browse_splitter):
            self.splitter.setSizes([640, 360])

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        # the questions the reader reported from quizzes (not asked again)
        self.reports_label = QLabel()
        self.reports_label.setObjectName("reportsLabel")
        self.reports_list = QListWidget()
        self.reports_list.setObjectName("reportsList")
        self.reports_list.setMaximumHeight(120)
        self.reports_list.setWordWrap(True)
        layout.addWidget(self.reports_label)
        layout.addWidget(self.reports_list)
        self._reports: list[QuestionReport] = []
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_search)
        self.focus_first(self.search)
        ctx.library_changed.connect(self._library_changed)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """In a narrow window the other columns give way (down to a width that still
        shows a few characters), so the question keeps ``QUESTION_MIN`` pixels."""
        spare = self.table.viewport().width() - QUESTION_MIN
        widths = list(COLUMN_WIDTHS)
        scale = 1.0
        while sum(widths) > spare and scale > 0:
            scale -= 0.05
            widths = [
                max(low, round(w * scale)) for w, low in zip(COLUMN_WIDTHS, COLUMN_MIN, strict=True)
            ]
        narrow = scale < 1
        if narrow or self._narrow:  # a width the reader set by hand stays while there is room
            header = self.table.horizontalHeader()
            for col, width in enumerate(widths, start=1):
                header.resizeSection(col, width)
        self._narrow = narrow

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.deck_filter,
            self.topic_filter,
            self.source_filter,
            self.disputed_filter,
            self.state_filter,
        )

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- words -----------------------------------------------------------------------

    def column_name(self, column: str) -> str:
        return {
            "question": self.tr("Question"),
            "answer": self.tr("Answer"),
            "topic": self.tr("Topic"),
            "state": self.tr("State"),
            "due": self.tr("Due"),
        }[column]

    def status_name(self, status: FactStatus) -> str:
        return {
            FactStatus.NEW: self.tr("New"),
            FactStatus.LEARNING: self.tr("Learning"),
            FactStatus.REVIEW: self.tr("Review"),
            FactStatus.SUSPENDED: self.tr("Suspended"),
        }[status]

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Browse"))
        self.search.setAccessibleName(self.tr("Search"))
        self.table.setAccessibleName(self.tr("Facts"))
        self.detail.setAccessibleName(self.tr("The chosen fact"))
        self.reset_button.setText(self.tr("Reset…"))
        self.article_button.setText(self.tr("Show in article"))
        self.reset_button.setToolTip(self.tr("Make this fact's cards new again"))
        self.suspend_button.setToolTip(self.tr("Keep this fact's cards out of reviews"))
        self.search.setPlaceholderText(self.tr("Search in 繁體 or 简体 (Ctrl+F)…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._fill_filters()
        self._stale = True
        if self.isVisible():
            self.refresh_now()

    # -- filters ----------------------------------------------------------------------
    def _fill_filters(self) -> None:
        """The choices of every filter, in the current script and interface language."""
        lib = self.ctx.library
        self._refill(
            self.deck_filter,
            self.tr("All decks"),
            [(d.id, self.ctx.view(d).text(d.title)) for d in lib.decks],
        )
        topics: dict[str, str] = {}
        sources: dict[str, str] = {}
        for deck in lib.decks:
            view = self.ctx.view(deck)
            for topic_id in deck.topics:
                topics.setdefault(topic_id, view.topic_title(topic_id))
            for source_id in deck.sources:
                sources.setdefault(source_id, view.source_title(source_id))
        self._refill(self.topic_filter, self.tr("All topics"), list(topics.items()))
        self._refill(self.source_filter, self.tr("All sources"), list(sources.items()))
        self._refill(
            self.disputed_filter,
            self.tr("Disputed or not"),
            [(True, self.tr("Disputed only")), (False, self.tr("Undisputed only"))],
        )
        self._refill(
            self.state_filter,
            self.tr("Any state"),
            [(s, self.status_name(s)) for s in FactStatus],
        )

    def _refill(self, combo: QComboBox, anything: str, choices: list[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, None)
        for value, text in choices:
            combo.addItem(text, value)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, found))
        combo.blockSignals(False)

    def current_filter(self) -> FactFilter:
        disputed = self.disputed_filter.currentData()
        status = self.state_filter.currentData()
        return FactFilter(
            text=self.search.text(),
            deck_id=self.deck_filter.currentData(),
            topic_id=self.topic_filter.currentData(),
            source_id=self.source_filter.currentData(),
            disputed=disputed if isinstance(disputed, bool) else None,
            status=status if isinstance(status, FactStatus) else None,
        )

    # -- content ------------------------------------------------------------------------
    def _library_changed(self) -> None:
        self._index = None
        self._fill_filters()

    def fact_index(self) -> FactIndex:
        if self._index is None:
            self._index = FactIndex(self.ctx.library.decks)
        return self._index

    def _load_cards(self) -> None:
        self._cards = defaultdict(list)
        store = self.ctx.store
        if store is not None:
            try:
                for card in store.all_cards():
                    self._cards[(card.deck_id, card.fact_id)].append(card)
            except StoreError:
                self._cards = defaultdict(list)
        self._statuses = {
            key: summarise_status([int(c.state) for c in cards], [c.suspended for c in cards])
            for key, cards in self._cards.items()
        }

    def refresh(self) -> None:
        self._fill_filters()
        self._load_cards()
        self._load_reports()
        self.apply_filter()

    def _load_reports(self) -> None:
        store = self.ctx.store
        self._reports = []
        if store is not None:
            try:
                self._reports = store.question_reports()
            except StoreError:
                self._reports = []
        self._show_reports()

    def _show_reports(self) -> None:
        """Each reported question: its prompt as it was shown, and the reader's reason."""
        self.reports_list.clear()
        for report in self._reports:
            line = (
                self.tr("%1 (%2) — reason: %3")
                .replace("%1", report.prompt or report.fact.fact_id)
                .replace("%2", _type_name(report.question_type))
                .replace("%3", report.reason)
            )
            self.reports_list.addItem(line)
        self.reports_label.setText(
            self.tr("Reported questions (%1): not asked again").replace(
                "%1", str(len(self._reports))
            )
        )
        self.reports_label.setVisible(bool(self._reports))
        self.reports_list.setVisible(bool(self._reports))

    def apply_filter(self) -> None:
        selected = self.selected_key()
        found = self.fact_index().search(self.current_filter(), status_lookup(self._statuses))
        rows: list[Row] = []
        for entry in found:
            view = self.ctx.view(entry.deck)
            cards = self._cards.get(entry.key, [])
            due = min(
                (c.due for c in cards if c.state is not CardState.NEW and not c.suspended),
                default=None,
            )
            rows.append(
                Row(
                    entry=entry,
                    question=view.question(entry.fact),
                    answer=view.fact_answer(entry.fact),
                    topic=view.topic_title(entry.fact.topic),
                    status=self._statuses.get(entry.key, FactStatus.NEW),
                    due=due,
                    disputed=entry.fact.is_disputed,
                )
            )
        self.model.set_rows(rows)
        self.count_label.setText(
            self.tr("%n fact(s)", "", len(rows))
            + (
                " " + self.tr("of {total}").format(total=len(self.fact_index().entries))
                if len(rows) != len(self.fact_index().entries)
                else ""
            )
        )
        keys = [r.entry.key for r in rows]
        row = keys.index(selected) if selected in keys else (0 if rows else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._show_detail()

    def arrive(self, destination: Destination) -> None:
        """Another screen asks to show a fact (Review's *Browse*, B): every filter is
        cleared, so the fact is in the list, and it is selected."""
        if not destination.deck_id or not destination.facts:
            return
        if self._stale:
            self.refresh_now()
        for combo in self._combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filter()
        self.select_fact(destination.deck_id, destination.facts[0])
        self.table.setFocus()

    def select_fact(self, deck_id: str, fact_id: str) -> bool:
        keys = [r.entry.key for r in self.model.rows]
        if (deck_id, fact_id) not in keys:
            return False
        row = keys.index((deck_id, fact_id))
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self._show_detail()
        return True

    def selected_key(self) -> tuple[str, str] | None:
        row = self.selected_row()
        return row.entry.key if row is not None else None

    def selected_row(self) -> Row | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def visible_questions(self) -> list[str]:
        return [r.question for r in self.model.rows]

    # -- the detail pane ----------------------------------------------------------------------
    def _show_detail(self, *_: object) -> None:
        row = self.selected_row()
        cards = self._cards.get(row.entry.key, []) if row is not None else []
        can_act = row is not None and self.ctx.can_save and bool(cards)
        self.suspend_button.setEnabled(can_act)
        self.reset_button.setEnabled(can_act)
        all_suspended = bool(cards) and all(c.suspended for c in cards)
        self.suspend_button.setText(self.tr("Unsuspend") if all_suspended else self.tr("Suspend"))
        key = row.entry.key if row is not None else None
        self.article_button.setEnabled(
            row is not None
            and key is not None
            and place_for(self.ctx, row.entry.deck, key[1]) is not None
        )
        if row is None:
            self.detail.setHtml(
                "<p>{}</p>".format(html.escape(self.tr("No fact matches the search.")))
            )
            return
        self.detail.setHtml(self.detail_html(row, cards))

    def show_in_article(self) -> None:
        key = self.selected_key()
        if key is not None:
            show_in_article(self.ctx, *key)

    def detail_html(self, row: Row, cards: list[CardRecord]) -> str:
        entry = row.entry
        view = self.ctx.view(entry.deck)
        face = card_face(view, entry.fact, CardKind.QA)
        e = html.escape
        before, span, after = face.statement
        big = self.reading_size(0.8)
        body = self.reading_size(0.65)
        accent = self.palette().color(QPalette.ColorRole.Highlight).name()
        parts = [
            f'<p style="font-size:{big}pt"><b>{e(face.prompt)}</b></p>',
            f'<p style="font-size:{big}pt; color:{accent}"><b>{e(face.answer)}</b></p>',
            f'<p style="font-size:{body}pt">{e(before)}<u>{e(span)}</u>{e(after)}</p>',
        ]
        if face.note:
            parts.append(f"<p><i>{e(face.note)}</i></p>")
        if face.claims:
            disagree = self.tr("The articles disagree:")
            parts.append(f"<h4>{e(disagree)}</h4>")
            for claim in face.claims:
                parts.append(f"<p><b>{e(claim.label)}</b><br>{e(claim.statement)}</p>")
        sources_word = self.tr("Sources")
        parts.append(f"<h4>{e(sources_word)}</h4><ul>")
        for source_id in entry.fact.sources:
            src = entry.deck.sources.get(source_id)  # type: ignore[call-overload, unused-ignore]
            if src is not None and web_url(src.url):
                parts.append(
                    f'<li><a href="{e(web_url(src.url))}">{e(view.source_label(source_id))}</a></li>'
                )
            elif src is not None:  # a link that is not a web address is no link
                parts.append(f"<li>{e(view.source_label(source_id))}</li>")
        parts.append("</ul>")
        topic_word = self.tr("Topic:")
        parts.append(f"<p>{e(topic_word)} {e(row.topic)}</p>")
        if cards:
            cards_word = self.tr("Cards")
            parts.append(f"<h4>{e(cards_word)}</h4><table cellpadding='3'>")
            kinds = {
                "qa": self.tr("Question"),
                "cloze": self.tr("Fill in the blank"),
                "reverse": self.tr("Reverse"),
            }
            states = {
                CardState.NEW: self.tr("New"),
                CardState.LEARNING: self.tr("Learning"),
                CardState.REVIEW: self.tr("Review"),
                CardState.RELEARNING: self.tr("Relearning"),
            }
            for card in cards:
                state = states[card.state]
                if card.suspended:
                    state += " · " + self.tr("suspended")
                due = (
                    card.due.astimezone().strftime("%Y-%m-%d %H:%M")
                    if card.state is not CardState.NEW
                    else "–"
                )
                parts.append(
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
                        e(kinds.get(card.kind.value, card.kind.value)),
                        e(state),
                        e(self.tr("due {when}").format(when=due)),
                        e(
                            self.tr("{reps} reviews, {lapses} lapses").format(
                                reps=card.reps, lapses=card.lapses
                            )
                        ),
                    )
                )
            parts.append("</table>")
        elif self.ctx.store is None:
            parts.append(f"<p>{e(self.ctx.store_problem)}</p>")
        return "".join(parts)

    # -- actions ---------------------------------------------------------------------
    def toggle_suspend(self) -> None:
        row = self.selected_row()
        store = self.ctx.store
        if row is None or store is None:
            return
        ids = [c.id for c in self._cards.get(row.entry.key, [])]
        try:
            if ids and all(c.suspended for c in self._cards[row.entry.key]):
                store.unsuspend(ids)
            else:
                store.suspend(ids)
        except StoreError as exc:
            show_error(self, self.tr("Browse"), error_text(exc))
            return
        self.ctx.notify_progress()

    def ask_reset(self) -> None:
        row = self.selected_row()
        if row is None or self.ctx.store is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Reset this fact?"),
            self.tr("Its cards become new again. The review history is kept."),
            QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("resetConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda result: (
                self.reset_selected() if result == QMessageBox.StandardButton.Reset else None
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.reset_box = box

    def reset_selected(self) -> None:
        row = self.selected_row()
        store = self.ctx.store
        if row is None or store is None:
            return
        ids = [c.id for c in self._cards.get(row.entry.key, [])]
        try:
            store.reset(ids)
        except StoreError as exc:
            show_error(self, self.tr("Browse"), error_text(exc))
            return
        self.ctx.notify_progress()

    def save_layout(self) -> None:
        self.ctx.settings.browse_splitter = self.splitter.saveState()


def _type_name(value: str) -> str:
    """A stored question type in words ("" for a type this version does not know)."""
    try:
        return type_name(QuestionType(value))
    except ValueError:
        return value
