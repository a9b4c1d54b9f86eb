"""Image bytes in and out of Qt through devices Qt itself made, never a Python-made QBuffer.

Why: Qt reads and writes images under a lock of its own (the one that picks a format's
handler), and it calls the device's virtual methods (pos, seek, read) while holding it. On a
QBuffer made in Python each such call first asks Python whether a subclass overrides it, which
needs Python's GIL. A photo read on a worker thread then held Qt's lock and waited for the
GIL, while the window's thread held the GIL and waited for Qt's lock to paint a thumbnail:
the window froze for good. A QDataStream over a QByteArray makes its QBuffer in C++, where
no call ever asks Python anything, so a worker never needs the GIL inside Qt's image code.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QByteArray, QDataStream, QIODevice  # Qt's own buffers
from PySide6.QtGui import QImage

_COPY_PIECE = 4 * 1024 * 1024


def qbytes(data: bytes) -> QByteArray:
    """data as a QByteArray, copied 4 MB at a time: a 60 MB photo copied at once held the GIL
    for over 100 ms, and the window's thread (which needs it to answer) waited that long."""
    if len(data) <= _COPY_PIECE:
        return QByteArray(data)
    array = QByteArray()
    array.reserve(len(data))
    for at in range(0, len(data), _COPY_PIECE):
        array.append(data[at:at + _COPY_PIECE])
    return array


@contextmanager
def reading(data: bytes) -> Iterator[QIODevice]:
    """An open, read-only device over data, made by Qt (see the module's docstring); it is
    closed when the block ends, so nothing may use it after."""
    stream = QDataStream(qbytes(data))  # its QBuffer is Qt's and shares the array's bytes
    device = stream.device()
    try:
        yield device
    finally:
        device.close()
        del stream


def encoded(image: QImage, fmt: str, quality: int = -1) -> bytes | None:
    """The image's bytes as fmt ("PNG", "JPEG"), written through a device made by Qt; None when
    Qt could not write it."""
    array = QByteArray()
    stream = QDataStream(array, QIODevice.OpenModeFlag.WriteOnly)
    # PySide's stub types the format as bytes, but at run time only a str is accepted
    if not image.save(stream.device(), fmt, quality):  # type: ignore[call-overload]
        return None
    del stream
    return bytes(array.data())
