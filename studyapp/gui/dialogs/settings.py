"""Settings: interface language, study script, scheduling, card kinds, reading
font size, theme; and "optimize my scheduler" (run in the background), with
the figures its last decision rested on.

Changes apply when OK is pressed and are remembered (QSettings); the
scheduling ones (the defaults of every deck, load balancing, easy days) are
stored with the progress, which schedules with them.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.deck.model import CardKind
from studyapp.core.store import (
    MIN_REVIEWS,
    Decision,
    OptimizeResult,
    SchedulerSettings,
    StoreError,
)
from studyapp.core.store.settings import LIGHT_DAY, NORMAL_DAY
from studyapp.gui.context import GuiContext
from studyapp.gui.error_text import error_text
from studyapp.gui.i18n import join_sentences
from studyapp.gui.settings import FONT_SIZES
from studyapp.gui.widgets.retention import RetentionSpin
from studyapp.gui.worker import Task, TaskCancelled


class SettingsDialog(QDialog):
    language_changed = Signal(str)  # the settings value ("system", "zh_TW", …)
    theme_changed = Signal(str)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsDialog")
        self.task: Task | None = None
        s = ctx.settings

        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.script = QComboBox()
        self.script.setObjectName("scriptChoice")
        self.theme = QComboBox()
        self.font_size = QSpinBox()
        self.font_size.setRange(*FONT_SIZES)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(s.font_size)
        self.retention = RetentionSpin()
        self.retention.setObjectName("retention")
        self.new_per_day = QSpinBox()
        self.new_per_day.setObjectName("newPerDay")
        self.new_per_day.setRange(0, 9999)
        self.reviews_per_day = QSpinBox()
        self.reviews_per_day.setObjectName("reviewsPerDay")
        self.reviews_per_day.setRange(0, 9999)
        self.balance = QCheckBox()
        self.balance.setObjectName("loadBalance")
        self.light_days: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for weekday in range(7):
            box = QCheckBox()
            box.setObjectName(f"lightDay{weekday}")
            self.light_days.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)
        # Scheduling settings belong to the progress (the store schedules with them).
        scheduling = ctx.store.settings if ctx.store is not None else SchedulerSettings()
        self.retention.setValue(scheduling.desired_retention)
        self.new_per_day.setValue(scheduling.new_per_day)
        self.reviews_per_day.setValue(scheduling.reviews_per_day)
        self.balance.setChecked(scheduling.load_balance)
        for box, load in zip(self.light_days, scheduling.easy_days, strict=True):
            box.setChecked(load < NORMAL_DAY)
        writable = ctx.store is not None and not ctx.store.readonly
        for scheduling_field in (self.retention, self.new_per_day, self.reviews_per_day):
            scheduling_field.setEnabled(writable)
        self.balance.setEnabled(writable)
        self.balance.toggled.connect(self._balance_toggled)
        self._balance_toggled(self.balance.isChecked())
        self.kinds: dict[CardKind, QCheckBox] = {}
        kinds_row = QHBoxLayout()
        for kind in CardKind:
            box = QCheckBox()
            box.setObjectName(f"kind_{kind}")
            box.setChecked(kind in s.card_kinds)
            box.toggled.connect(self._kinds_changed)
            self.kinds[kind] = box
            kinds_row.addWidget(box)
        kinds_row.addStretch(1)

        self.look_box = QGroupBox()
        look = QFormLayout(self.look_box)
        self.language_label = QLabel()
        self.script_label = QLabel()
        self.theme_label = QLabel()
        self.font_label = QLabel()
        look.addRow(self.language_label, self.language)
        look.addRow(self.script_label, self.script)
        look.addRow(self.theme_label, self.theme)
        look.addRow(self.font_label, self.font_size)
        for label, field in (
            (self.language_label, self.language),
            (self.script_label, self.script),
            (self.theme_label, self.theme),
            (self.font_label, self.font_size),
        ):
            label.setBuddy(field)

        self.study_box = QGroupBox()
        study = QFormLayout(self.study_box)
        self.retention_label = QLabel()
        self.new_label = QLabel()
        self.reviews_label = QLabel()
        self.kinds_label = QLabel()
        self.defaults_note = QLabel()
        self.defaults_note.setWordWrap(True)
        self.light_label = QLabel()
        study.addRow(self.defaults_note)
        study.addRow(self.retention_label, self.retention)
        study.addRow(self.new_label, self.new_per_day)
        study.addRow(self.reviews_label, self.reviews_per_day)
        study.addRow(self.balance)
        study.addRow(self.light_label, days_row)
        study.addRow(self.kinds_label, kinds_row)
        self.retention_label.setBuddy(self.retention)
        self.new_label.setBuddy(self.new_per_day)
        self.reviews_label.setBuddy(self.reviews_per_day)

        self.optimize_box = QGroupBox()
        self.optimize_text = QLabel()
        self.optimize_text.setWordWrap(True)
        self.optimize_rule = QLabel()
        self.optimize_rule.setObjectName("optimizeRule")
        self.optimize_rule.setWordWrap(True)
        self.optimize_button = QPushButton()
        self.optimize_button.setObjectName("optimizeButton")
        self.optimize_button.clicked.connect(self.optimize)
        self.optimize_progress = QProgressBar()
        self.optimize_progress.setRange(0, 0)
        self.optimize_progress.hide()
        self.optimize_result = QLabel()
        self.optimize_result.setObjectName("optimizeResult")
        self.optimize_result.setWordWrap(True)
        optimize = QVBoxLayout(self.optimize_box)
        optimize.addWidget(self.optimize_text)
        optimize.addWidget(self.optimize_rule)
        row = QHBoxLayout()
        row.addWidget(self.optimize_button)
        row.addWidget(self.optimize_progress, 1)
        optimize.addLayout(row)
        optimize.addWidget(self.optimize_result)
        self.optimize_button.setEnabled(ctx.store is not None and not ctx.store.readonly)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # two columns: the scheduling figures need room, and screens are wider than tall
        left = QVBoxLayout()
        left.addWidget(self.look_box)
        left.addWidget(self.study_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.optimize_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        # wrapped text has no good size hint of its own: start wide enough for it
        self.resize(self.sizeHint().expandedTo(QSize(940, 520)))
        self.last_result = ctx.store.last_optimization() if ctx.store is not None else None
        self.retranslate()
        self._select(self.language, s.ui_language)
        self._select(self.script, s.script if s.has_script() else ctx.script)
        self._select(self.theme, s.theme)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _fill(self, combo: QComboBox, choices: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.clear()
        for value, text in choices:
            combo.addItem(text, value)
        if current is not None:
            self._select(combo, current)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.look_box.setTitle(self.tr("Language and appearance"))
        self.study_box.setTitle(self.tr("Studying"))
        self.optimize_box.setTitle(self.tr("Scheduler"))
        self.language_label.setText(self.tr("Interface &language:"))
        self.script_label.setText(self.tr("Study &script:"))
        self.theme_label.setText(self.tr("&Theme:"))
        self.font_label.setText(self.tr("Reading &font size:"))
        self.retention_label.setText(self.tr("Desired &retention:"))
        self.retention.retranslate()
        self.new_label.setText(self.tr("&New cards per day:"))
        self.reviews_label.setText(self.tr("Maximum re&views per day:"))
        self.defaults_note.setText(
            self.tr("The defaults of every deck; a deck can have its own (Decks → Options…).")
        )
        self.balance.setText(self.tr("&Balance the daily load"))
        self.balance.setToolTip(
            self.tr(
                "Within the few days a review may move, put it on the day with the fewest "
                "reviews due, so that busy days do not pile up."
            )
        )
        self.light_label.setText(self.tr("Light days:"))
        weekdays = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        for box, name in zip(self.light_days, weekdays, strict=True):
            box.setText(name)
            box.setToolTip(self.tr("Light days get about half the reviews of other days."))
        self.kinds_label.setText(self.tr("Card kinds:"))
        self.kinds[CardKind.QA].setText(self.tr("&Question → answer"))
        self.kinds[CardKind.CLOZE].setText(self.tr("Fill in the &blank"))
        self.kinds[CardKind.REVERSE].setText(self.tr("Ans&wer → question"))
        self._fill(
            self.language,
            [
                ("system", self.tr("Same as the computer")),
                ("zh_TW", "繁體中文（台灣）"),
                ("zh_CN", "简体中文（中国）"),
                ("en", "English"),
            ],
        )
        self._fill(
            self.script,
            [
                ("hant", self.tr("Traditional characters (繁體)")),
                ("hans", self.tr("Simplified characters (简体)")),
            ],
        )
        self._fill(
            self.theme,
            [
                ("system", self.tr("Same as the computer")),
                ("light", self.tr("Light")),
                ("dark", self.tr("Dark")),
            ],
        )
        self.optimize_text.setText(
            self.tr(
                "Fit the scheduler to your own answers, so cards come back when you are about "
                "to forget them. It needs at least {n} reviews."
            ).format(n=MIN_REVIEWS)
        )
        self.optimize_rule.setText(
            self.tr(
                "How it decides: new parameters are fitted on your earlier answers only and "
                "kept only if they predict your latest answers (the last quarter, held out) "
                "better than the current ones."
            )
        )
        if self.last_result is not None and not self.optimize_progress.isVisible():
            self.optimize_result.setText(self.optimize_message(self.last_result))
        self.optimize_button.setText(self.tr("&Optimize my scheduler"))
        self.optimize_button.setToolTip(self.ctx.store_problem)

    def _balance_toggled(self, on: bool) -> None:
        writable = self.ctx.store is not None and not self.ctx.store.readonly
        for box in self.light_days:
            box.setEnabled(writable and on)

    def _kinds_changed(self) -> None:
        any_on = any(box.isChecked() for box in self.kinds.values())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(any_on)

    # -- applying -----------------------------------------------------------------------
    def accept(self) -> None:
        self.apply()
        super().accept()

    def apply(self) -> None:
        ctx = self.ctx
        s = ctx.settings
        language = str(self.language.currentData())
        if language != s.ui_language:
            s.ui_language = language  # type: ignore[assignment]
            self.language_changed.emit(language)
        theme = str(self.theme.currentData())
        if theme != s.theme:
            s.theme = theme  # type: ignore[assignment]
            self.theme_changed.emit(theme)
        if self.font_size.value() != s.font_size:
            ctx.set_font_size(self.font_size.value())
        script = self.script.currentData()
        if script in ("hant", "hans"):
            ctx.set_script(script)
            s.script = script
        scheduling = {
            "desired_retention": round(self.retention.value(), 2),
            "new_per_day": self.new_per_day.value(),
            "reviews_per_day": self.reviews_per_day.value(),
            "load_balance": self.balance.isChecked(),
            "easy_days": tuple(
                LIGHT_DAY if box.isChecked() else NORMAL_DAY for box in self.light_days
            ),
        }
        store = ctx.store
        if (
            store is not None
            and not store.readonly
            and any(getattr(store.settings, k) != v for k, v in scheduling.items())
        ):
            with contextlib.suppress(StoreError, ValueError):
                store.update_settings(**scheduling)
            ctx.notify_progress()
        kinds = tuple(k for k, box in self.kinds.items() if box.isChecked())
        if kinds:
            with contextlib.suppress(StoreError):
                ctx.set_card_kinds(kinds)
        s.sync()

    # -- optimizing ------------------------------------------------------------------------
    def optimize(self) -> None:
        store = self.ctx.store
        if store is None or self.task is not None:
            return
        job = store.optimize_job()
        self.optimize_button.setEnabled(False)
        self.optimize_progress.show()
        self.optimize_result.setText(self.tr("Optimizing…"))
        self.task = self.ctx.tasks.start(
            "optimize",
            lambda _progress: job(),
            on_success=self._optimized,
            on_failure=self._optimize_failed,
            on_finished=self._optimize_done,
        )

    def _optimized(self, result: object) -> None:
        store = self.ctx.store
        if not isinstance(result, OptimizeResult) or store is None:
            return
        try:
            store.apply_optimization(result)
        except StoreError as exc:
            self.optimize_result.setText(error_text(exc))
            return
        self.last_result = result
        self.optimize_result.setText(self.optimize_message(result))
        self.ctx.notify_progress()

    def optimize_message(self, result: OptimizeResult) -> str:
        """What the run decided, and the figures it decided on."""
        total = max(result.answer_count, result.review_count)
        if total > result.review_count:
            # a card's answers teach it something once the card came back on a later day
            lines = [
                self.tr("Your review log has %n answer(s).", "", total),
                self.tr(
                    "It learns from the answers to cards that came back on a later day: "
                    "%n of them so far.",
                    "",
                    result.review_count,
                ),
            ]
        else:
            lines = [self.tr("Learned from %n review(s).", "", result.review_count)]
        if result.decision is Decision.TOO_FEW:
            lines.append(
                self.tr("That is not enough yet ({n} needed); the current settings stay.").format(
                    n=MIN_REVIEWS
                )
            )
            return join_sentences(lines)
        if result.decision is Decision.NO_SPLIT:
            lines.append(
                self.tr(
                    "Your answers span too few days to hold the latest back for a test; the "
                    "current settings stay."
                )
            )
            return join_sentences(lines)
        before, after = result.log_loss_before, result.log_loss_after
        if before is not None and after is not None:
            lines.append(
                self.tr(
                    "Tested on your %n latest answer(s), which the fit did not see:",
                    "",
                    result.test_count,
                )
            )
            if result.test_days > 1:
                lines.append(
                    self.tr("those of the last {days} days;").format(days=result.test_days)
                )
            lines.append(
                self.tr("log loss {before} with the current parameters, {after} fitted;").format(
                    before=f"{before:.4f}", after=f"{after:.4f}"
                )
            )
            if result.rmse_before is not None and result.rmse_after is not None:
                lines.append(
                    self.tr("RMSE {before} current, {after} fitted (lower is better).").format(
                        before=f"{100 * result.rmse_before:.2f}%",
                        after=f"{100 * result.rmse_after:.2f}%",
                    )
                )
        if result.adopted:
            lines.append(
                self.tr(
                    "The fit predicts better: the scheduler now uses parameters fitted to all "
                    "your answers."
                )
            )
        elif result.decision is Decision.FAILED:
            lines.append(self.tr("The fit did not succeed; the current parameters stay."))
        else:
            lines.append(
                self.tr("The fit does not predict better, so the current parameters stay.")
            )
        return join_sentences(lines)

    def _optimize_failed(self, exc: object) -> None:
        if isinstance(exc, TaskCancelled):
            self.optimize_result.setText(self.tr("Cancelled."))
        elif isinstance(exc, BaseException):
            self.optimize_result.setText(
                self.tr("Optimizing failed: {reason}").format(reason=error_text(exc))
            )

    def _optimize_done(self) -> None:
        self.task = None
        self.optimize_progress.hide()
        self.optimize_button.setEnabled(True)

    def done(self, result: int) -> None:
        if self.task is not None:
            self.task.cancel()
        super().done(result)
