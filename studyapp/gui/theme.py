"""Light, dark or the system's colours: Qt's Fusion style, a palette and a small
style sheet from ``resources/style``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from studyapp.paths import resources_dir


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
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(dark_palette() if name == "dark" else light_palette())
    app.setStyleSheet(style_sheet(name))
    app.setProperty("studyapp_theme", name)
    return name
