"""Decoding image bytes safely: the one way every image is read, whether a user adds it to a
design, a sample round or the brand (jewelbench.ui.imaging.take_in), the screen shows it, or a
tech pack prints it (techpack_images).

In order, before and while Qt decodes:
1. the format is told from the bytes (image_formats.identify): only PNG, JPEG, WebP, GIF and
   BMP go on, each to its own Qt handler (format detection off), so no other handler — TIFF's
   killed the process once — ever sees outside bytes;
2. a file cut short is refused (image_formats.check_whole), not painted grey;
3. the header's size is checked against MAX_IMAGE_MEGABYTES before anything is allocated;
4. an image larger than max_side is read scaled: JPEG by libjpeg's own scaling
   (QImageReader.setScaledSize), PNG in strips (png_strips), so the full bitmap is never in
   memory; the others (which Qt cannot read scaled) only when their bitmap fits
   FULL_DECODE_MEGABYTES;
5. a phone photo's EXIF orientation is honoured, so it is shown and printed upright.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt  # reports draw with Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

from jewelbench.domain.messages import fill
from jewelbench.reports.image_formats import (
    ALLOWED,
    ALLOWED_LABELS,
    ALLOWED_MIME_TYPES,
    GIF,
    JPEG,
    PNG,
    ImageError,
    ImageFormat,
    check_whole,
    file_dialog_filter,
    identify,
    progressive_jpeg,
)
from jewelbench.reports.png_strips import png_size, read_png_scaled
from jewelbench.reports.qt_bytes import reading

MAX_IMAGE_MEGABYTES = 256  # the largest image taken in at all: 8k × 8k RGBA is 256 MB
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_STORED_SIDE = 4096  # px: a larger image is taken in scaled to this on its longer side
FULL_DECODE_MEGABYTES = 80  # GIF, BMP, WebP (read whole by Qt) are taken in up to this bitmap

__all__ = ["ALLOWED", "ALLOWED_LABELS", "ALLOWED_MIME_TYPES", "FULL_DECODE_MEGABYTES",
           "MAX_FILE_BYTES", "MAX_IMAGE_MEGABYTES", "MAX_STORED_SIDE", "Decoded", "ImageError",
           "decode", "file_dialog_filter", "image_reader", "read"]


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("image_decoding", text)


@dataclass(frozen=True)
class Decoded:
    image: QImage  # upright, at most max_side on its longer side
    format: ImageFormat
    width: int  # the image's own size in pixels, before any scaling
    height: int

    @property
    def scaled(self) -> bool:
        return (self.image.width(), self.image.height()) != (self.width, self.height)




@contextmanager
def image_reader(data: bytes, fmt: ImageFormat | None = None) -> Iterator[QImageReader]:
    """A reader over image bytes of an allowed format (told from the bytes when fmt is None;
    ImageError otherwise): that format's handler only, allocation-limited, and upright (a
    phone photo's EXIF orientation honoured). Its format handler is let go while the bytes'
    buffer still exists (a handler outliving its buffer killed the process: exit 139)."""
    fmt = fmt or identify(data)
    with reading(data) as device:  # made by Qt: a worker's read never waits for the GIL
        reader = QImageReader(device, fmt.qt_name.encode("ascii"))
        reader.setAutoDetectImageFormat(False)
        reader.setDecideFormatFromContent(False)
        reader.setAllocationLimit(MAX_IMAGE_MEGABYTES)
        reader.setAutoTransform(True)
        try:
            yield reader
        finally:
            reader.setDevice(None)  # type: ignore[arg-type]  # None lets the device go (Qt's API)


def decode(data: bytes) -> tuple[QImage, str]:
    """The image in data (at most MAX_STORED_SIDE across) and its true MIME type; ImageError
    for anything that is not a whole image of an allowed format, or is too large."""
    decoded = read(data)
    return decoded.image, decoded.format.mime_type


def read(data: bytes, max_side: int = MAX_STORED_SIDE) -> Decoded:
    """Check and decode image bytes; an image larger than max_side is read scaled to fit.
    Whatever the bytes, the answer is an image or an ImageError (the one boundary: a
    structure that breaks the checks' own reading is a damaged image, not a crash)."""
    try:
        return _read(data, max_side)
    except ImageError:
        raise
    except (ArithmeticError, LookupError, ValueError, MemoryError, struct.error,
            zlib.error) as error:
        raise ImageError(fill(translate("image_decoding", "the image is damaged ({error})"),
                              error=type(error).__name__)) from error


def _read(data: bytes, max_side: int) -> Decoded:
    if len(data) > MAX_FILE_BYTES:
        raise ImageError(fill(translate("image_decoding", "the file is larger than {most} MB"),
                              most=str(MAX_FILE_BYTES // (1024 * 1024))))
    fmt = identify(data)
    check_whole(fmt, data)
    coefficients, width, height = progressive_jpeg(data) if fmt is JPEG else (0, 0, 0)
    if coefficients > FULL_DECODE_MEGABYTES * 1024 * 1024:
        raise ImageError(fill(translate("image_decoding", "the progressive JPEG image is too large "
                                                          "to take in ({width} × {height} pixels; "
                                                          "libjpeg holds a progressive JPEG whole, "
                                                          "so these are taken in up to about "
                                                          "{most} megapixels: save it as a "
                                                          "standard JPEG or as PNG)"),
                              width=str(width), height=str(height),
                              most=str(FULL_DECODE_MEGABYTES * 1024 * 1024 // 3 // 10**6)))
    if fmt is PNG:  # a large PNG is read in strips, with no copy of its bytes in a QBuffer
        in_strips = _png_in_strips(data, max_side)
        if in_strips is not None:
            return in_strips
    with image_reader(data, fmt) as reader:
        size = reader.size()
        if fmt is GIF:  # Qt gives the first frame's size, but decodes onto the whole screen
            screen = struct.unpack_from("<HH", data, 6)
            size = QSize(max(size.width(), screen[0]), max(size.height(), screen[1]))
        if not size.isValid() or size.isEmpty():
            raise ImageError(fill(translate("image_decoding", "the {format} image cannot be read "
                                                              "({reason})"),
                                  format=fmt.label, reason=reader.errorString()))
        width, height = size.width(), size.height()
        if width * height * 4 > MAX_IMAGE_MEGABYTES * 1024 * 1024:
            raise _too_large(width, height, MAX_IMAGE_MEGABYTES)
        target = _fitted(size, max_side)
        image = reader.read() if target is None else _read_scaled(fmt, reader, size, target)
        if image.isNull():
            raise ImageError(fill(translate("image_decoding", "the {format} image cannot be read "
                                                              "({reason})"),
                                  format=fmt.label, reason=reader.errorString()))
        quarter_turn = bool(reader.transformation()
                            & QImageIOHandler.Transformation.TransformationRotate90)
    if quarter_turn:  # an EXIF quarter turn: the image's own size is upright, as shown
        width, height = height, width
    return Decoded(image, fmt, width, height)


def _png_in_strips(data: bytes, max_side: int) -> Decoded | None:
    width, height = png_size(data)
    if width * height * 4 > MAX_IMAGE_MEGABYTES * 1024 * 1024:
        raise _too_large(width, height, MAX_IMAGE_MEGABYTES)
    target = _fitted(QSize(width, height), max_side)
    if target is None:
        return None
    image = read_png_scaled(data, target)
    if image is None and width * height * 4 > FULL_DECODE_MEGABYTES * 1024 * 1024:
        # not read in strips (16-bit, interlaced, a row wider than a strip): Qt would decode
        # it whole, and it is too large for that
        raise _too_large(width, height, FULL_DECODE_MEGABYTES, PNG)
    return None if image is None else Decoded(image, PNG, width, height)


def _fitted(size: QSize, max_side: int) -> QSize | None:
    longest = max(size.width(), size.height())
    if longest <= max_side:
        return None
    scale = max_side / longest
    return QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))


def _read_scaled(fmt: ImageFormat, reader: QImageReader, size: QSize, target: QSize) -> QImage:
    if fmt is JPEG:  # libjpeg decodes at 1/2, 1/4 or 1/8 and Qt scales the rest
        reader.setScaledSize(target)
        return reader.read()
    if size.width() * size.height() * 4 > FULL_DECODE_MEGABYTES * 1024 * 1024:
        raise _too_large(size.width(), size.height(), FULL_DECODE_MEGABYTES, fmt)
    whole = reader.read()
    if whole.isNull():
        return whole
    return whole.scaled(target, Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


def _too_large(width: int, height: int, megabytes: int,
               fmt: ImageFormat | None = None) -> ImageError:
    most = megabytes * 1024 * 1024 // 4 / 1e6
    if fmt is None:
        text = translate("image_decoding", "the image is too large ({width} × {height} pixels; at "
                                           "most {most} megapixels are taken in)")
    elif fmt is PNG:
        text = translate("image_decoding", "the {format} image is too large to take in ({width} × "
                                           "{height} pixels; {format} images like it are taken in "
                                           "up to {most} megapixels: save it at a smaller size)")
    else:
        text = translate("image_decoding", "the {format} image is too large to take in ({width} × "
                                           "{height} pixels; {format} images are taken in up to "
                                           "{most} megapixels: save it as PNG or JPEG)")
    return ImageError(fill(text, width=str(width), height=str(height), most=f"{most:.0f}",
                           format=fmt.label if fmt is not None else ""))
