"""The Match game board: 12 tiles (6 pairs), click two that belong together; a
running timer, a penalty second for a wrong pair, the best time per deck."""

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
    QVBoxLayout,
    QWidget,
)

from studyapp.core.quiz import MatchGame, Pick
from studyapp.gui.question_words import duration_text

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

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        self.label.setText(text)


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
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.grid, 1)
        layout.addLayout(bottom)
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
        self._update_labels()

    def play(self, game: MatchGame | None, best_ms: int | None, font: QFont) -> None:
        self.game = game
        self.best_ms = best_ms
        self.new_best = False
        for button in self.tiles:
            self.grid.removeWidget(button)
            button.deleteLater()
        self.tiles = []
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
        if result is Pick.SELECTED:
            self.tiles[index].setStyleSheet(SELECTED_STYLE)
        elif result is Pick.UNSELECTED:
            self.tiles[index].setStyleSheet("")
        elif result is Pick.MATCHED:
            for i in (index, previous):
                if i is not None:
                    # the tile leaves the board; its place stays, so nothing jumps
                    self.tiles[i].setStyleSheet("")
                    self.tiles[i].setText("")
                    self.tiles[i].setFlat(True)
                    self.tiles[i].setEnabled(False)
        elif result is Pick.MISMATCH:
            for i in (index, previous):
                if i is not None:
                    self.tiles[i].setStyleSheet(WRONG_STYLE)
            self._wrong_timer.start()
        if game.finished:
            self.timer.stop()
            self.finished.emit(game)
        self._update_labels()

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
        elif not game.started:
            self.message.setText(
                self.tr("Click a tile, then its partner. The clock starts with your first click.")
            )
        else:
            self.message.setText(
                self.tr("Wrong pairs: %1 (one second each)").replace("%1", str(game.mistakes))
            )
