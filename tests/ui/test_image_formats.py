"""A TIFF (a scanner's or a camera's export) is an image like any other: it is stored, shown
and printed, and reading it never takes the process down. Qt's TIFF handler closes its file as
the reader goes; with the bytes' buffer gone first, the process died (exit 139) before the crash
dialog could say a word. The decoding runs in a child process so that a crash fails this test
instead of ending the run."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CHILD = textwrap.dedent("""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QGuiApplication, QImage

    from jewelbench.reports.image_decoding import decode
    from jewelbench.ui.imaging import prepare, qimage_from_bytes

    app = QGuiApplication([])
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("gold"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "TIFF")
    tiff = bytes(data.data())
    assert tiff[:2] in (b"II", b"MM"), tiff[:4]
    for _ in range(20):  # every decode lets its reader go
        decoded, mime = decode(tiff)
        shown = qimage_from_bytes(tiff)
        stored = prepare(tiff)
    print(decoded.width(), decoded.height(), mime, shown.width(), shown.height(),
          stored.mime_type, stored.width, stored.height)
""")


def test_a_tiff_is_decoded_shown_and_stored_and_the_process_lives():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                          timeout=120, env=env)
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert done.stdout.split() == ["64", "48", "image/tiff", "64", "48", "image/tiff", "64",
                                   "48"]
