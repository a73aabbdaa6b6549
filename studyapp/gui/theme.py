"""Light, dark or the system's colours: Qt's Fusion style, a palette and a small
style sheet from ``resources/style``.

Two things Fusion leaves faint are drawn by :class:`ThemeStyle`: the edge of a
check box or radio button (in the dark theme Fusion draws it darker than the
window, so an unticked box could not be seen) and the keyboard focus, a ring in
the highlight colour around whatever has it (:class:`FocusRing`) once the reader
moves with Tab, as browsers do with ``:focus-visible``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

from studyapp.paths import resources_dir

#: The edge of an unticked check box or radio button: at least 3:1 against the window
#: (WCAG's contrast for the parts of a control), in either theme.
INDICATOR_EDGE = {"light": QColor("#8a8078"), "dark": QColor("#a39a92")}
FOCUS_WIDTH = 2


class ThemeStyle(QProxyStyle):
    """Fusion, with visible check box and radio button edges and a focus ring."""

    def __init__(self, theme: str = "light") -> None:
        super().__init__("Fusion")
        self.theme = theme

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        round_box = element is QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if round_box or element is QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(INDICATOR_EDGE[self.theme], 1.2))
            box = QRectF(option.rect).adjusted(0.6, 0.6, -0.6, -0.6)
            if round_box:
                painter.drawEllipse(box)
            else:
                painter.drawRoundedRect(box, 2, 2)
            painter.restore()

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element is QStyle.ControlElement.CE_FocusFrame:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), FOCUS_WIDTH)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = FOCUS_WIDTH / 2
            painter.drawRoundedRect(QRectF(option.rect).adjusted(half, half, -half, -half), 4, 4)
            painter.restore()
            return
        super().drawControl(element, option, painter, widget)

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in (
            QStyle.PixelMetric.PM_FocusFrameHMargin,
            QStyle.PixelMetric.PM_FocusFrameVMargin,
        ):
            return FOCUS_WIDTH + 1
        return super().pixelMetric(metric, option, widget)


class FocusRing(QObject):
    """A ring around the widget with the keyboard focus, shown while the reader moves
    with the keyboard (Qt marks the window after Tab, Shift+Tab or a shortcut, and
    clears the mark at a mouse click)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._frame: QFocusFrame | None = None
        app.focusChanged.connect(self._focus_changed)

    @property
    def widget(self) -> QWidget | None:
        """The widget the ring is drawn around (None: no ring)."""
        frame = self._alive()
        return frame.widget() if frame is not None and frame.isVisible() else None

    def _alive(self) -> QFocusFrame | None:
        from shiboken6 import isValid

        if self._frame is not None and not isValid(self._frame):
            self._frame = None  # deleted with the window it was in
        return self._frame

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        frame = self._alive()
        keyboard = (
            new is not None
            and not new.isWindow()
            and new.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        )
        if not keyboard:
            if frame is not None:
                frame.setWidget(None)  # type: ignore[arg-type]  # Qt takes nullptr
                frame.hide()
            return
        assert new is not None
        if frame is None:
            frame = self._frame = QFocusFrame(new)
            frame.setObjectName("focusRing")
        frame.setWidget(new)
        frame.show()


def install_focus_ring(app: QApplication) -> FocusRing:
    """The app's one focus ring (made on the first call)."""
    ring = app.findChild(FocusRing)
    return ring if isinstance(ring, FocusRing) else FocusRing(app)


def effective_theme(theme: str) -> str:
    """ "light" or "dark" for a settings value ("system" asks the platform)."""
    if theme in ("light", "dark"):
        return theme
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def dark_palette() -> QPalette:
    pal = QPalette()
    base, window, text = QColor("#1e1c1b"), QColor("#2a2725"), QColor("#e8e2dc")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#262321"),
        QPalette.ColorRole.ToolTipBase: QColor("#3a3633"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#8f8780"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#34302d"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ffffff"),
        QPalette.ColorRole.Highlight: QColor("#d9784f"),
        QPalette.ColorRole.HighlightedText: QColor("#1b1a19"),
        QPalette.ColorRole.Link: QColor("#8fb8ff"),
        QPalette.ColorRole.Mid: QColor("#5a544f"),
        QPalette.ColorRole.Dark: QColor("#151413"),
        QPalette.ColorRole.Light: QColor("#4a4541"),
    }
    for role, color in roles.items():
        pal.setColor(role, color)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#77706a"))
    return pal


def light_palette() -> QPalette:
    pal = QPalette(QColor("#f6f2ed"))
    pal.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#faf7f3"))
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#c4552d"))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.Text, QColor("#1f1b18"))
    pal.setColor(QPalette.ColorRole.WindowText, QColor("#1f1b18"))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor("#1f1b18"))
    # muted text (notes, dates, hints): Qt's default is the text colour half transparent,
    # which a page of HTML cannot use (a colour's name has no alpha) and draws black
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6b6259"))
    # a button that cannot be pressed yet (a matching's Check, Undo) looks it: the
    # colours above were set for every group, the disabled one too
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9a9189"))
    return pal


def style_sheet(name: str) -> str:
    path = resources_dir() / "style" / f"{name}.qss"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def apply_theme(app: QApplication, theme: str) -> str:
    """Apply a settings value; returns the theme in effect ("light" or "dark")."""
    name = effective_theme(theme)
    if app.property("studyapp_theme") == name:
        return name  # re-polishing every widget is slow; nothing changes
    style = app.style()
    if isinstance(style, ThemeStyle):
        style.theme = name
    else:
        app.setStyle(ThemeStyle(name))
    install_focus_ring(app)
    app.setPalette(dark_palette() if name == "dark" else light_palette())
    app.setStyleSheet(style_sheet(name))
    app.setProperty("studyapp_theme", name)
    return name
