"""Where the window opens: its size and place on first run (fitted to the screen, frame and
title bar included); later runs restore the geometry remembered under WINDOW_GEOMETRY."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtWidgets import QStyle

from jewelbench.ui import settings as registry

PREFERRED_SIZE = QSize(1280, 760)  # the first run's window, where the screen has room
FRAME = QMargins(8, 40, 8, 8)  # room for the title bar and borders the window system adds
WINDOW_GEOMETRY = registry.layout("window/geometry")


def first_run_geometry(available: QRect) -> QRect:
    """The window's place on first run: the preferred size, made smaller to fit, frame and
    all, inside the screen less its panels (a 768-pixel laptop less a task bar), centred."""
    room = available.marginsRemoved(FRAME)
    size = QSize(min(PREFERRED_SIZE.width(), room.width()),
                 min(PREFERRED_SIZE.height(), room.height()))
    return QStyle.alignedRect(Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignCenter,
                              size, room)
