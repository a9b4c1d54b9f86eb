"""Helpers every Qt test folder shares (tests/ is on the path: import qt_helpers)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget


def visible_top_levels(kind: type = QWidget) -> list:
    """The visible top-level widgets of a kind. The garbage collector is held while they are
    looked at: collecting a dialog a test let go of in the middle of the walk deletes its C++
    side under the list being read (a segmentation fault, seen once in a long run)."""
    import gc

    import shiboken6

    collecting = gc.isenabled()
    gc.disable()
    try:
        return [w for w in QApplication.topLevelWidgets()
                if shiboken6.isValid(w) and isinstance(w, kind) and w.isVisible()]
    finally:
        if collecting:
            gc.enable()


def laid_out(widget: QWidget) -> bool:
    """True once the widget and everything in it are laid out for what was last set in them:
    the layout requests Qt posts are delivered, and no layout is left to redo. A screenshot or
    a size read then shows what the user sees; `qtbot.waitUntil(lambda: laid_out(w))` waits
    for that rather than for a fixed time."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    layouts = [w.layout() for w in (widget, *widget.findChildren(QWidget)) if w.layout()]
    redone = [layout for layout in layouts if layout.activate()]
    return not redone


def texts_whole(widget: QWidget) -> bool:
    """True once the layout fills the widget and every word-wrapped label shown is tall enough
    for all its lines, so a screenshot of texts just set shows them whole
    (`qtbot.waitUntil(lambda: texts_whole(w))`)."""
    from PySide6.QtWidgets import QLabel

    layout = widget.layout()
    if layout is not None and layout.geometry() != widget.rect():
        return False
    return all(label.height() >= label.heightForWidth(label.width())
               for label in widget.findChildren(QLabel)
               if label.isVisible() and label.wordWrap() and label.text())


def events_delivered() -> bool:
    """Delivers what is posted and due now (layouts, paints, zero-time timers, queued signals)
    and says True: for `qtbot.waitUntil(lambda: events_delivered() and <nothing happened>)`
    before checking that something did not happen."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
    return True


DARK = (("Window", "#202124"), ("WindowText", "#e8eaed"), ("Base", "#17181a"),
        ("AlternateBase", "#222326"), ("Text", "#e8eaed"), ("Button", "#2d2e31"),
        ("ButtonText", "#e8eaed"), ("Highlight", "#8ab4f8"), ("HighlightedText", "#202124"),
        ("Link", "#8ab4f8"), ("Mid", "#5f6368"), ("Midlight", "#3c4043"), ("Dark", "#101113"),
        ("Light", "#4a4d51"), ("ToolTipBase", "#303134"), ("ToolTipText", "#e8eaed"),
        ("PlaceholderText", "#9aa0a6"), ("BrightText", "#ffffff"), ("Shadow", "#000000"))


def dark_palette(light: QPalette) -> QPalette:
    """A dark desktop's palette (every group: active, inactive and disabled)."""
    dark = QPalette(light)
    for role, colour in DARK:
        dark.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role in ("WindowText", "Text", "ButtonText"):
        dark.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role),
                      QColor("#7d8288"))
    return dark
