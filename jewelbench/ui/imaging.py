"""Images in and out of the workspace: safe decoding, thumbnails, PNG encoding.

Images arrive from users (drag and drop, file pickers) and may be truncated, not images at all,
or decompression bombs; QImageReader's allocation limit refuses the last before decoding.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

THUMBNAIL_SIZE = 256
MAX_IMAGE_MEGABYTES = 256  # decoded size: 8k × 8k RGBA is 256 MiB
MAX_FILE_BYTES = 64 * 1024 * 1024


class ImageError(ValueError):
    """An image that cannot be stored; str() is meant for the user."""


@dataclass(frozen=True)
class StoredImage:
    image: bytes
    thumbnail: bytes
    mime_type: str
    width: int
    height: int


def _encode(image: QImage, fmt: str = "PNG", quality: int = -1) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt, quality):
        raise ImageError(f"the image could not be encoded as {fmt}")
    buffer.close()
    return bytes(data.data())


def decode(data: bytes) -> tuple[QImage, str]:
    """Decode image bytes, refusing non-images, truncated files and decompression bombs."""
    if not data:
        raise ImageError("the file is empty")
    if len(data) > MAX_FILE_BYTES:
        raise ImageError(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(MAX_IMAGE_MEGABYTES)
    fmt = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if not fmt:
        raise ImageError("this is not an image jewelbench can read (PNG, JPEG, WebP, GIF, BMP)")
    size = reader.size()
    if size.isValid() and size.width() * size.height() * 4 > MAX_IMAGE_MEGABYTES * 1024 * 1024:
        raise ImageError(f"the image is too large ({size.width()} × {size.height()} pixels)")
    image = reader.read()
    if image.isNull():
        raise ImageError(f"the image cannot be read ({reader.errorString()})")
    mime = {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png",
            "webp": "image/webp", "gif": "image/gif", "bmp": "image/bmp"}.get(fmt, "image/png")
    return image, mime


def thumbnail_of(image: QImage, size: int = THUMBNAIL_SIZE) -> bytes:
    scaled = image.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
    return _encode(scaled, "PNG")


def prepare(data: bytes) -> StoredImage:
    """Check an image's bytes and make its thumbnail; the original bytes are kept as they are."""
    image, mime = decode(data)
    return StoredImage(data, thumbnail_of(image), mime, image.width(), image.height())


def from_qimage(image: QImage) -> StoredImage:
    """Store an image drawn in code (the demo's illustrations) as PNG with its thumbnail."""
    return StoredImage(_encode(image, "PNG"), thumbnail_of(image), "image/png",
                       image.width(), image.height())


def qimage_from_bytes(data: bytes) -> QImage:
    image = QImage()
    image.loadFromData(data)
    return image
