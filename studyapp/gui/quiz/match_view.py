"""The Match game board: 12 tiles (6 pairs), click two that belong together; a
running timer, a penalty second for a wrong pair, the best time per deck; at the
end a page of its own with the time, the best time and "Play again"."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.quiz import MatchGame, Pick
from studyapp.gui.question_words import duration_text
from studyapp.gui.widgets.announce import announce

COLUMNS = 4


class TileButton(QPushButton):
    """A board tile: a button whose text wraps (QPushButton's own text does not)."""

    def __init__(self, text: str, font: QFont) -> None:
        super().__init__()
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a deck's text, never markup
        self.label.setFont(font)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        inner = QVBoxLayout(self)
        inner.setContentsMargins(10, 6, 10, 6)
        inner.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(72)
        self.setAccessibleName(text)  # the words are on the inner label

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)


SELECTED_STYLE = "QPushButton { border: 3px solid #3b82f6; }"
WRONG_STYLE = "QPushButton { border: 3px solid #dc2626; }"


class MatchView(QWidget):
    new_game_requested = Signal()
    back_requested = Signal()
    finished = Signal(object)  # the MatchGame

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.game: MatchGame | None = None
        self.best_ms: int | None = None
        self.new_best = False
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.deck = QComboBox()
        self.deck.setObjectName("matchDeck")
        self.time_label = QLabel()
        self.time_label.setObjectName("matchTime")
        tf = self.time_label.font()
        tf.setPointSizeF(tf.pointSizeF() * 1.4)
        self.time_label.setFont(tf)
        self.best_label = QLabel()
        self.best_label.setObjectName("matchBest")
        self.message = QLabel()
        self.message.setObjectName("matchMessage")
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)
        self.tiles: list[TileButton] = []
        self.new_button = QPushButton()
        self.new_button.setObjectName("matchNew")
        self.new_button.clicked.connect(self.new_game_requested.emit)
        self.back_button = QPushButton()
        self.back_button.setObjectName("matchBack")
        self.back_button.clicked.connect(self.back_requested.emit)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.deck)
        top.addStretch(1)
        top.addWidget(self.best_label)
        top.addSpacing(16)
        top.addWidget(self.time_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.new_button)
        bottom.addWidget(self.back_button)
        board = QWidget()
        board_layout = QVBoxLayout(board)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.addLayout(self.grid, 1)
        board_layout.addLayout(bottom)
        self.board_page = board

        # -- the end of a game -------------------------------------------------------
        self.end_title = QLabel()
        self.end_title.setObjectName("matchEndTitle")
        self.end_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ef = self.end_title.font()
        ef.setPointSizeF(ef.pointSizeF() * 1.6)
        ef.setBold(True)
        self.end_title.setFont(ef)
        self.end_time = QLabel()
        self.end_time.setObjectName("matchEndTime")
        self.end_time.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = self.end_time.font()
        big.setPointSizeF(big.pointSizeF() * 2.6)
        big.setBold(True)
        self.end_time.setFont(big)
        self.end_text = QLabel()
        self.end_text.setObjectName("matchEndText")
        self.end_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.end_text.setWordWrap(True)
        self.again_button = QPushButton()
        self.again_button.setObjectName("matchAgain")
        self.again_button.setMinimumHeight(40)
        self.again_button.setDefault(True)
        self.again_button.clicked.connect(self.new_game_requested.emit)
        self.end_back_button = QPushButton()
        self.end_back_button.setObjectName("matchEndBack")
        self.end_back_button.clicked.connect(self.back_requested.emit)
        end = QWidget()
        end_layout = QVBoxLayout(end)
        end_layout.addStretch(1)
        for label in (self.end_title, self.end_time, self.end_text):
            end_layout.addWidget(label)
        end_layout.addSpacing(16)
        end_row = QHBoxLayout()
        end_row.addStretch(1)
        end_row.addWidget(self.again_button)
        end_row.addWidget(self.end_back_button)
        end_row.addStretch(1)
        end_layout.addLayout(end_row)
        end_layout.addStretch(2)
        self.end_page = end

        self.pages = QStackedWidget()
        self.pages.addWidget(board)
        self.pages.addWidget(end)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self.update_time)
        self._wrong_timer = QTimer(self)
        self._wrong_timer.setSingleShot(True)
        self._wrong_timer.setInterval(400)
        self._wrong_timer.timeout.connect(self._clear_wrong)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Match"))
        self.new_button.setText(self.tr("New game"))
        self.back_button.setText(self.tr("Back"))
        self.end_title.setText(self.tr("All pairs matched!"))
        self.again_button.setText(self.tr("Play again"))
        self.end_back_button.setText(self.tr("Back to the quiz"))
        self._update_labels()

    def play(self, game: MatchGame | None, best_ms: int | None, font: QFont) -> None:
        self.game = game
        self.best_ms = best_ms
        self.new_best = False
        for button in self.tiles:
            self.grid.removeWidget(button)
            button.deleteLater()
        self.tiles = []
        self.pages.setCurrentWidget(self.board_page)
        if game is not None:
            for tile in game.tiles:
                b = TileButton(tile.text, font)
                b.setObjectName(f"tile{tile.index}")
                b.clicked.connect(lambda _=False, i=tile.index: self.pick(i))
                self.grid.addWidget(b, tile.index // COLUMNS, tile.index % COLUMNS)
                self.tiles.append(b)
            self.timer.start()
        self._update_labels()

    def pick(self, index: int) -> None:
        game = self.game
        if game is None:
            return
        previous = game.selected
        result = game.pick(index)
        tile = self.tiles[index]
        if result is Pick.SELECTED:
            tile.setStyleSheet(SELECTED_STYLE)
            tile.setAccessibleDescription(self.tr("Chosen"))  # the border, in words
        elif result is Pick.UNSELECTED:
            tile.setStyleSheet("")
            tile.setAccessibleDescription("")
        elif result is Pick.MATCHED:
            both = " — ".join(self.tiles[i].text() for i in (previous, index) if i is not None)
            announce(self, self.tr("A pair: %1").replace("%1", both), keep=False)
            for i in (index, previous):
                if i is not None:
                    # the tile leaves the board; its place stays, so nothing jumps
                    self.tiles[i].setStyleSheet("")
                    self.tiles[i].setAccessibleDescription("")
                    self.tiles[i].setText("")
                    self.tiles[i].setFlat(True)
                    self.tiles[i].setEnabled(False)
        elif result is Pick.MISMATCH:
            announce(self, self.tr("Not a pair: one second more"), keep=False)
            for i in (index, previous):
                if i is not None:
                    self.tiles[i].setStyleSheet(WRONG_STYLE)
                    self.tiles[i].setAccessibleDescription("")
            self._wrong_timer.start()
        if game.finished:
            self.timer.stop()
            self.pages.setCurrentWidget(self.end_page)
            self.finished.emit(game)
            self.again_button.setFocus()
        self._update_labels()

    def _update_end(self, ms: int) -> None:
        """The end page: the time, the best time (or that this is it), the wrong pairs."""
        game = self.game
        assert game is not None
        self.end_time.setText(duration_text(ms))
        lines = []
        if self.new_best:
            lines.append(self.tr("A new best time!"))
        elif self.best_ms is not None:
            lines.append(self.tr("Best: %1").replace("%1", duration_text(self.best_ms)))
        if game.mistakes:
            lines.append(self.tr("%n wrong pair(s), one second added for each.", "", game.mistakes))
        else:
            lines.append(self.tr("No wrong pairs."))
        self.end_text.setText("\n".join(lines))

    def _clear_wrong(self) -> None:
        game = self.game
        for i, tile in enumerate(self.tiles):
            if game is None or i != game.selected:
                tile.setStyleSheet("")

    def update_time(self) -> None:
        self._update_labels()

    def record(self, best_ms: int | None, new_best: bool) -> None:
        self.best_ms = best_ms
        self.new_best = new_best
        self._update_labels()

    def _update_labels(self) -> None:
        game = self.game
        ms = game.elapsed_ms() if game is not None else 0
        self.time_label.setText(duration_text(ms))
        self.best_label.setText(
            self.tr("Best: %1").replace("%1", duration_text(self.best_ms))
            if self.best_ms is not None
            else self.tr("No best time yet")
        )
        if game is None:
            self.message.setText(self.tr("This deck has too few facts for a game."))
        elif game.finished:
            done = self.tr("Done in %1.").replace("%1", duration_text(ms))
            if self.new_best:
                done += " " + self.tr("A new best time!")
            self.message.setText(done)
            self._update_end(ms)
        elif not game.started:
            self.message.setText(
                self.tr("Click a tile, then its partner. The clock starts with your first click.")
            )
        else:
            self.message.setText(
                self.tr("Wrong pairs: %1 (one second each)").replace("%1", str(game.mistakes))
            )
