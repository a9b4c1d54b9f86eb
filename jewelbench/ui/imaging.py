"""Images in and out of the workspace: what is stored of a photo, its thumbnail, and the safe
decoding of jewelbench.reports.image_decoding (users drop truncated files, non-images and bombs
here).

What is stored of a photo (design images and sample photos):
- by default, at most STORED_PHOTO_SIDE (2,560 px) on its longer side, as JPEG at quality
  STORED_JPEG_QUALITY (85); an image with real transparency (a PNG cut-out on nothing) as PNG,
  so its transparency is not lost; and the file's own bytes whenever they are already smaller
  than that (a small JPEG is never re-encoded larger, nor a line drawing's PNG blurred);
- when the workspace keeps originals (Workspace Settings), the file's own bytes, as before:
  only an image larger than MAX_STORED_SIDE (4,096 px) is scaled.
WebP was weighed: PySide6-Essentials carries Qt's WebP plugin (libwebp built into it, so it
is there on a bare Debian 12), and a 2,560 px render is 72 KB as WebP against 199 KB as JPEG —
but it took 0.89 s to encode against 0.14 s, and a JPEG opens in every program a supplier or an
accountant has: JPEG is what is written.

A thumbnail is a JPEG of at most THUMBNAIL_SIZE px, on white where the image is transparent,
under THUMBNAIL_BUDGET bytes (10 KB)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from jewelbench.domain.messages import fill
from jewelbench.reports import image_decoding
from jewelbench.reports.file_kinds import not_a_file
from jewelbench.reports.image_decoding import (
    ALLOWED_LABELS,
    MAX_FILE_BYTES,
    MAX_IMAGE_MEGABYTES,
    MAX_STORED_SIDE,
    ImageError,
    decode,
    file_dialog_filter,
)
from jewelbench.reports.image_formats import JPEG, PNG
from jewelbench.reports.qt_bytes import encoded

if TYPE_CHECKING:
    from jewelbench.storage import Workspace

THUMBNAIL_SIZE = 256
THUMBNAIL_BUDGET = 10 * 1024  # bytes: 20,000 designs' thumbnails in under 200 MB
STORED_PHOTO_SIDE = 2560  # px: a photo is stored at most this on its longer side
STORED_JPEG_QUALITY = 85  # a photo is stored as JPEG at this quality
KEPT_JPEG_QUALITY = 90  # an original too large even to keep (over 4,096 px), scaled, as before
KEEP_ORIGINALS = "keep_original_photos"  # the workspace setting: "1" keeps the files' bytes
_READ_CHUNK = 4 * 1024 * 1024  # a file is read in pieces, so a Cancel is seen between them
READ_PERCENT, DECODED_PERCENT = 30, 80  # of one file's taking in, for a progress bar

__all__ = ["ALLOWED_LABELS", "KEEP_ORIGINALS", "MAX_FILE_BYTES", "MAX_IMAGE_MEGABYTES",
           "MAX_STORED_SIDE", "STORED_PHOTO_SIDE", "ImageError", "StoredImage", "TakeInCancelled",
           "decode", "file_dialog_filter", "from_qimage", "keeps_originals", "prepare",
           "qimage_from_bytes", "take_in", "taken_in_note", "thumbnail_of"]


class TakeInCancelled(Exception):
    """The user cancelled while a file was being taken in; nothing of it is stored."""


@dataclass(frozen=True)
class StoredImage:
    image: bytes
    thumbnail: bytes
    mime_type: str
    width: int
    height: int
    scaled_from: tuple[int, int] | None = None  # the file's own size, when taken in scaled
    file_size: int = 0  # bytes of the file (or bytes) it was taken in from; 0 when drawn


def keeps_originals(workspace: Workspace) -> bool:
    """Whether the workspace stores photos as their files are (Workspace Settings)."""
    return workspace.settings.get(KEEP_ORIGINALS, "0") == "1"


def _encode(image: QImage, fmt: str = "PNG", quality: int = -1) -> bytes:
    data = encoded(image, fmt, quality)  # through Qt's own buffer: safe on a worker thread
    if data is None:
        raise ImageError(f"the image could not be encoded as {fmt}")
    return data


def _on_white(image: QImage) -> QImage:
    """The image as JPEG can hold it: what is transparent shows the page's white."""
    if not image.hasAlphaChannel():
        return image.convertToFormat(QImage.Format.Format_RGB32)
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("white"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def has_transparency(image: QImage) -> bool:
    """Whether any pixel is less than opaque (an alpha channel that is all 255 is none)."""
    if not image.hasAlphaChannel():
        return False
    alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
    bits = alpha.constBits()
    if bits is None:
        return False
    data, line, width = bytes(bits), alpha.bytesPerLine(), alpha.width()
    opaque = b"\xff" * width
    return any(data[row * line:row * line + width] != opaque for row in range(alpha.height()))


def thumbnail_of(image: QImage, size: int = THUMBNAIL_SIZE) -> bytes:
    """A JPEG of at most size px on its longer side (transparency on white), under
    THUMBNAIL_BUDGET: the quality is lowered, then the size, until it fits."""
    flat = _on_white(image)
    side = size
    while True:
        scaled = flat.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        for quality in (80, 70, 60, 50, 40, 30):
            data = _encode(scaled, "JPEG", quality)
            if len(data) < THUMBNAIL_BUDGET:
                return data
        if side <= 64:
            return data
        side = side * 3 // 4


def prepare(data: bytes, keep_original: bool = False) -> StoredImage:
    """Check an image's bytes and make what is stored of it with its thumbnail (see the
    module's docstring); keep_original keeps the bytes as they are unless the image is larger
    than MAX_STORED_SIDE."""
    side = MAX_STORED_SIDE if keep_original else STORED_PHOTO_SIDE
    return _stored(image_decoding.read(data, side), data, keep_original, len(data))


def _read_file(path: Path, size: int, cancelled: Callable[[], bool] | None,
               progress: Callable[[int], None] | None) -> bytes:
    """The file's bytes; with cancelled or progress, read in pieces into one bytearray (the
    reads let go of the GIL, and no joining copy holds it: the window's thread goes on; every
    reader of image bytes takes a bytearray as well)."""
    if cancelled is None and progress is None:
        return path.read_bytes()
    data = bytearray()  # grown a piece at a time (a zero-filled 60 MB first held the GIL)
    with path.open("rb", buffering=0) as file:
        while piece := file.read(_READ_CHUNK):
            if cancelled is not None and cancelled():
                raise TakeInCancelled
            data += piece
            if progress is not None:
                progress(READ_PERCENT * min(len(data), size) // max(size, 1))
    return cast(bytes, data)  # read as bytes are; bytes(data) would copy it, holding the GIL


def take_in(path: Path, max_bytes: int | None = None, *, keep_original: bool = False,
            cancelled: Callable[[], bool] | None = None,
            progress: Callable[[int], None] | None = None) -> StoredImage:
    """The one way an image file enters the workspace (design images, sample photos, the
    brand logo): refused by its size before it is read (a file larger than any image is never
    loaded whole), then checked and stored as prepare() does. ImageError or OSError says why
    it cannot be added; TakeInCancelled when cancelled() turned true on the way (it is asked
    between the pieces of the file and between decoding and encoding). progress() is told
    the percent done of this file: reading to READ_PERCENT, decoding to DECODED_PERCENT."""
    most = MAX_FILE_BYTES if max_bytes is None else max_bytes
    if not_a_file(path) is not None:  # reading a named pipe would hang the window
        raise ImageError(QCoreApplication.translate(
            "imaging", "it is not a file (a folder, a named pipe or a device)"))
    size = path.stat().st_size
    if size > most:
        raise ImageError(fill(QCoreApplication.translate("imaging", "the file is larger than "
                                                                    "{most} MB"),
                              most=str(most // (1024 * 1024))))
    data = _read_file(path, size, cancelled, progress)
    decoded = image_decoding.read(data, MAX_STORED_SIDE if keep_original
                                  else STORED_PHOTO_SIDE)
    if cancelled is not None and cancelled():
        raise TakeInCancelled
    if progress is not None:
        progress(DECODED_PERCENT)
    if decoded.scaled:
        del data  # the file's bytes are not stored: they go before the encoding
        return _stored(decoded, None, keep_original, size)
    return _stored(decoded, data, keep_original, size)


def _stored(decoded: image_decoding.Decoded, original: bytes | None, keep_original: bool,
            file_size: int) -> StoredImage:
    image = decoded.image
    thumbnail = thumbnail_of(image)
    width, height = image.width(), image.height()
    scaled_from = (decoded.width, decoded.height) if decoded.scaled else None
    if keep_original and original is not None and not decoded.scaled:
        return StoredImage(bytes(original), thumbnail, decoded.format.mime_type, width, height,
                           None, file_size)
    if has_transparency(image):
        stored, mime = _encode(image, "PNG"), PNG.mime_type
    elif keep_original and decoded.format is not JPEG:  # scaled, as before: PNG stays PNG
        stored, mime = _encode(image, "PNG"), PNG.mime_type
    else:
        quality = KEPT_JPEG_QUALITY if keep_original else STORED_JPEG_QUALITY
        stored, mime = _encode(_on_white(image), "JPEG", quality), JPEG.mime_type
    if original is not None and not decoded.scaled and len(original) <= len(stored):
        # already smaller than what it would be stored as: stored as it is
        return StoredImage(bytes(original), thumbnail, decoded.format.mime_type, width, height,
                           None, file_size)
    return StoredImage(stored, thumbnail, mime, width, height, scaled_from, file_size)


def taken_in_note(path: Path, stored: StoredImage) -> str:
    """What the user is told about an image taken in scaled down; empty when it was not."""
    if stored.scaled_from is None:
        return ""
    return fill(QCoreApplication.translate(
             "imaging", "“{file}” was {original_width} × {original_height} pixels: it is stored "
                        "scaled down to {width} × {height}."),
                file=path.name, original_width=str(stored.scaled_from[0]),
                original_height=str(stored.scaled_from[1]), width=str(stored.width),
                height=str(stored.height))


def from_qimage(image: QImage, *, shaded: bool = False) -> StoredImage:
    """Store an image drawn in code (the demo's illustrations, its brand mark) by the same
    rule as a photo: PNG when it has transparency or when PNG is the smaller (a line drawing
    in flat colours), else JPEG at STORED_JPEG_QUALITY (a shaded render: a 400 px demo render
    is 48 KB as PNG, 12 KB as JPEG); with the same small JPEG thumbnail as every image.
    shaded: the caller knows it is a shaded render, so JPEG unless it has transparency, without
    encoding the PNG only to compare (an 800 px render: 0.16 s as PNG, 0.03 s as JPEG)."""
    if not has_transparency(image):
        jpeg = _encode(_on_white(image), "JPEG", STORED_JPEG_QUALITY)
        png = b"" if shaded else _encode(image, "PNG")
        if shaded or len(jpeg) < len(png):
            return StoredImage(jpeg, thumbnail_of(image), JPEG.mime_type, image.width(),
                               image.height())
        return StoredImage(png, thumbnail_of(image), PNG.mime_type, image.width(),
                           image.height())
    return StoredImage(_encode(image, "PNG"), thumbnail_of(image), PNG.mime_type,
                       image.width(), image.height())


def qimage_from_bytes(data: bytes) -> QImage:
    """Stored image bytes for display, upright (EXIF orientation honoured), through the same
    checks as every image; a null image for bytes that are not a whole image of an allowed
    format."""
    try:
        return decode(data)[0]
    except ImageError:
        return QImage()
