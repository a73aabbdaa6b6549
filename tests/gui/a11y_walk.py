"""Walking a window as a screen reader and a keyboard user do: which controls can
take the keyboard focus, what a screen reader calls each (Qt's accessibility
interface, the name it hands the platform), and where Tab goes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot


def _inner(widget: QWidget) -> bool:
    """A part of a compound control (a spin box's or editable combo's line edit): the
    control itself is named and focused."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractSpinBox | QComboBox)


def focusables(root: QWidget, *, enabled_only: bool = False) -> list[QWidget]:
    """The visible controls under ``root`` that Tab can reach (a widget whose focus
    goes to a proxy stands for nothing itself)."""
    found: list[QWidget] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None or _inner(widget) or not widget.isVisible():
            continue
        if enabled_only and not widget.isEnabled():
            continue
        found.append(widget)
    return found


CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit)


def untabbable(root: QWidget) -> list[str]:
    """Controls under ``root`` that the mouse can use and Tab can never reach (a tool
    bar's buttons are not Tab stops anywhere: their actions are in the menus; a
    table's header sorts with the mouse only, as everywhere in Qt)."""
    return [
        describe(w)
        for w in root.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and not isinstance(w, QHeaderView)
        and not isinstance(w.parentWidget(), QToolBar)
        and w.isVisible()
        and w.isEnabled()
        and not _inner(w)
        and w.focusProxy() is None
        and not w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def describe(widget: QWidget) -> str:
    return (
        f"{type(widget).__name__}#{widget.objectName() or '?'} in {type(widget.window()).__name__}"
    )


def unnamed(root: QWidget) -> list[str]:
    """Every control under ``root`` a screen reader would announce without a name,
    and every one a keyboard cannot take at all (it is never announced)."""
    nameless = [describe(w) for w in focusables(root) if not accessible_name(w)]
    return nameless + [f"{d} (not a Tab stop)" for d in untabbable(root)]


def tab_stops(qtbot: QtBot, root: QWidget, limit: int = 2000) -> list[QWidget]:
    """Press Tab from the first control under ``root`` until focus comes back to it;
    the controls focused on the way, in order. A text browser keeps the focus while
    Tab walks its links, then lets it go: it counts once."""
    first = (
        root
        if root.focusPolicy() & Qt.FocusPolicy.TabFocus
        else focusables(root, enabled_only=True)[0]
    )
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = [first]
    if len(focusables(first.window(), enabled_only=True)) == 1:
        return seen  # a message with one button: Tab stays on it
    for _ in range(limit):
        focus = QApplication.focusWidget()
        assert focus is not None, "the focus left the window"
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None, "the focus left the window"
        while now.parentWidget() is not None and _inner(now):
            now = now.parentWidget()  # a spin box's line edit: the spin box
        if now is seen[-1]:
            continue  # within a control (a browser's links)
        if now is first:
            return seen
        assert now not in seen, f"Tab goes round without {describe(first)}"
        seen.append(now)
    raise AssertionError(f"Tab keeps the focus in {describe(seen[-1])}")


def unreachable(qtbot: QtBot, root: QWidget, scope: QWidget | None = None) -> list[str]:
    """Controls under ``scope`` (default ``root``) that Tab, going round ``root``'s
    window from its first control, never reaches."""
    stops = set(tab_stops(qtbot, root))
    return [describe(w) for w in focusables(scope or root, enabled_only=True) if w not in stops]
