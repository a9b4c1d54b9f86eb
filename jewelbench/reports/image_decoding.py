"""Decoding image bytes safely: the one check every image passes, whether a user drops it
onto a design (jewelbench.ui.imaging) or a tech pack prints it (techpack_images).

Images may be truncated, not images at all, or decompression bombs; QImageReader's allocation
limit refuses the last before decoding. A phone's JPEG is stored sideways with an EXIF
orientation tag: every decode here honours it, so the photo is shown (and printed) upright.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QBuffer, QByteArray, QIODevice  # noqa: TID251 (reports draw with Qt)
from PySide6.QtGui import QImage, QImageReader  # noqa: TID251

MAX_IMAGE_MEGABYTES = 256  # decoded size: 8k × 8k RGBA is 256 MiB
MAX_FILE_BYTES = 64 * 1024 * 1024


class ImageError(ValueError):
    """An image that cannot be stored; str() is meant for the user."""


@contextmanager
def image_reader(data: bytes) -> Iterator[QImageReader]:
    """A reader over image bytes: allocation-limited, and upright (a phone photo's EXIF
    orientation honoured). Its format handler is let go while the bytes' buffer still exists:
    the TIFF handler closes its file as it goes, and a buffer deleted first killed the process
    (exit 139, no crash dialog)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(MAX_IMAGE_MEGABYTES)
    reader.setAutoTransform(True)
    try:
        yield reader
    finally:
        reader.setDevice(None)  # type: ignore[arg-type]  # None lets the device go (Qt's API)
        buffer.close()


def decode(data: bytes) -> tuple[QImage, str]:
    """Decode image bytes, refusing non-images, truncated files and decompression bombs."""
    if not data:
        raise ImageError("the file is empty")
    if len(data) > MAX_FILE_BYTES:
        raise ImageError(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    with image_reader(data) as reader:
        return _read(reader)


def _read(reader: QImageReader) -> tuple[QImage, str]:
    fmt = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if not fmt:
        raise ImageError("this is not an image jewelbench can read (PNG, JPEG, WebP, GIF, BMP, "
                         "TIFF)")
    size = reader.size()
    if size.isValid() and size.width() * size.height() * 4 > MAX_IMAGE_MEGABYTES * 1024 * 1024:
        raise ImageError(f"the image is too large ({size.width()} × {size.height()} pixels)")
    image = reader.read()
    if image.isNull():
        raise ImageError(f"the image cannot be read ({reader.errorString()})")
    mime = {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png",
            "webp": "image/webp", "gif": "image/gif", "bmp": "image/bmp", "tif": "image/tiff",
            "tiff": "image/tiff"}.get(fmt, "image/png")
    return image, mime
