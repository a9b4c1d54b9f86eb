"""A photo decoded on a worker while the window's thread decodes thumbnails never freezes both.

Qt picks an image's handler under a lock of its own and calls the device's methods while it
holds it; a Python-made QBuffer then asked for Python's GIL, which the window's thread held
while it waited for that lock (reports/qt_bytes.py says more). The scenario runs in a child
process with a time limit, so a freeze fails this test instead of hanging the suite.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

# They start another program (see the integration marker in pyproject.toml).
pytestmark = pytest.mark.integration

SCENARIO = textwrap.dedent("""
    import os, threading, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QColor, QGuiApplication, QImage
    from jewelbench.reports import image_decoding
    from jewelbench.reports.qt_bytes import encoded
    from jewelbench.ui import imaging

    app = QGuiApplication([])
    big = QImage(3000, 2400, QImage.Format.Format_RGB32)
    big.fill(QColor("#a07030"))
    big_png, big_jpeg = encoded(big, "PNG"), encoded(big, "JPEG", 85)
    small = QImage(64, 64, QImage.Format.Format_RGB32)
    small.fill(QColor("#3070a0"))
    thumbnail = encoded(small, "JPEG", 80)
    stop, rounds = threading.Event(), [0]

    def work():  # what the photo worker does: PNG in strips, scaled JPEG, a JPEG thumbnail
        while not stop.is_set():
            assert image_decoding.read(big_png, 2560).scaled
            assert image_decoding.read(big_jpeg, 1200).scaled
            assert len(imaging.thumbnail_of(big)) < imaging.THUMBNAIL_BUDGET
            rounds[0] += 1

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    shown, end = 0, time.monotonic() + 6
    while time.monotonic() < end or rounds[0] < 3:  # the window paints thumbnails meanwhile
        assert image_decoding.read(thumbnail).image.width() == 64
        shown += 1
    stop.set()
    worker.join()
    print("rounds", rounds[0], "thumbnails", shown)
""")


def test_a_worker_decoding_photos_and_the_window_decoding_thumbnails_both_go_on() -> None:
    try:
        done = subprocess.run([sys.executable, "-c", SCENARIO], capture_output=True, text=True,
                              timeout=90)
    except subprocess.TimeoutExpired:
        pytest.fail("the worker and the window's thread froze each other (a deadlock)")
    assert done.returncode == 0, done.stderr
    words = done.stdout.split()
    assert words[0] == "rounds" and int(words[1]) >= 3
    assert words[2] == "thumbnails" and int(words[3]) > 100
