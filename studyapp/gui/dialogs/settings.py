"""Settings: interface language, study script, scheduling, card kinds, reading
font size, theme; and "optimize my scheduler" (run in the background).

Changes apply when OK is pressed and are remembered (QSettings); the
scheduling ones are also stored with the progress, which schedules with them.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
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
from studyapp.core.store import MIN_REVIEWS, OptimizeResult, SchedulerSettings, StoreError
from studyapp.gui.context import GuiContext
from studyapp.gui.error_text import error_text
from studyapp.gui.settings import FONT_SIZES
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
        self.retention = QDoubleSpinBox()
        self.retention.setObjectName("retention")
        self.retention.setRange(0.70, 0.99)
        self.retention.setSingleStep(0.01)
        self.retention.setDecimals(2)
        self.new_per_day = QSpinBox()
        self.new_per_day.setObjectName("newPerDay")
        self.new_per_day.setRange(0, 9999)
        # Scheduling settings belong to the progress (the store schedules with them).
        scheduling = ctx.store.settings if ctx.store is not None else SchedulerSettings()
        self.retention.setValue(scheduling.desired_retention)
        self.new_per_day.setValue(scheduling.new_per_day)
        for spin in (self.retention, self.new_per_day):
            spin.setEnabled(ctx.store is not None and not ctx.store.readonly)
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
        self.kinds_label = QLabel()
        study.addRow(self.retention_label, self.retention)
        study.addRow(self.new_label, self.new_per_day)
        study.addRow(self.kinds_label, kinds_row)
        self.retention_label.setBuddy(self.retention)
        self.new_label.setBuddy(self.new_per_day)

        self.optimize_box = QGroupBox()
        self.optimize_text = QLabel()
        self.optimize_text.setWordWrap(True)
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.look_box)
        layout.addWidget(self.study_box)
        layout.addWidget(self.optimize_box)
        layout.addWidget(self.buttons)
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
        self.retention.setToolTip(
            self.tr("How likely you should be to remember a card when it comes back (0.90 = 90%).")
        )
        self.new_label.setText(self.tr("&New cards per day:"))
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
                "to forget them. It needs at least {n} reviews; the current settings are kept "
                "unless the new ones predict your answers better."
            ).format(n=MIN_REVIEWS)
        )
        self.optimize_button.setText(self.tr("&Optimize my scheduler"))
        self.optimize_button.setToolTip(self.ctx.store_problem)

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
        retention = round(self.retention.value(), 2)
        new_per_day = self.new_per_day.value()
        store = ctx.store
        if (
            store is not None
            and not store.readonly
            and (
                store.settings.desired_retention != retention
                or store.settings.new_per_day != new_per_day
            )
        ):
            with contextlib.suppress(StoreError, ValueError):
                store.update_settings(desired_retention=retention, new_per_day=new_per_day)
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
        self.optimize_result.setText(self.optimize_message(result))
        self.ctx.notify_progress()

    def optimize_message(self, result: OptimizeResult) -> str:
        learned = self.tr("Learned from %n review(s).", "", result.review_count)
        if result.adopted:
            return learned + " " + self.tr("The scheduler now uses parameters fitted to you.")
        if result.review_count < MIN_REVIEWS:
            return (
                learned
                + " "
                + self.tr("That is not enough yet ({n} needed); the current settings stay.").format(
                    n=MIN_REVIEWS
                )
            )
        return (
            learned
            + " "
            + self.tr("The fitted parameters were not better, so the current ones stay.")
        )

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
