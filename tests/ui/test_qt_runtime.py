"""Guards against a Qt binding that would crash the app on the Python versions we support."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter


def test_painting_does_not_corrupt_the_reference_count_of_none():
    # PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call; after a few
    # thousand paint calls the interpreter aborts ("none_dealloc"). pyproject pins below it.
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(2000):
        painter.setBrush(QColor("red"))
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 50, f"None lost {before - after} references"
