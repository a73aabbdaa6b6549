"""The desired-retention field, as Settings (the default) and a deck's options
(its own) both show it."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QWidget

RETENTION_RANGE = (0.70, 0.99)


class RetentionSpin(QDoubleSpinBox):
    """0.70-0.99 in steps of 0.01, with a tooltip that says what it means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(*RETENTION_RANGE)
        self.setSingleStep(0.01)
        self.setDecimals(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(
            self.tr("How likely you should be to remember a card when it comes back (0.90 = 90%).")
        )
