"""Helpers every Qt test folder shares (tests/ is on the path: import qt_helpers)."""

from __future__ import annotations

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
