"""A large PNG taken in scaled down without its full bitmap ever being in memory.

Qt 6's PNG handler cannot read scaled (QImageReader.setScaledSize decodes the whole image first:
an 8000 × 8000 PNG took 256 MB for the bitmap alone). Here the compressed rows are inflated a
few at a time and handed to Qt's own PNG decoder as small PNGs of a strip each; every strip is
scaled into the result and let go. Rows are filtered against the row above, so each strip
starts with the unfiltered last row of the strip before it (read back from Qt's decode of that
strip; the mapping from Qt's pixels back to the PNG's bytes is exact for the 8-bit,
non-interlaced colour types handled here). Other PNGs (16-bit, fewer than 8 bits, interlaced,
or one row wider than a strip's budget) get None, and the caller decides.
"""

from __future__ import annotations

import math
import struct
import zlib

from PySide6.QtCore import QCoreApplication, QSize, Qt  # reports read with Qt
from PySide6.QtGui import QImage, QImageReader, QPainter

from jewelbench.reports.image_formats import PNG_SIGNATURE, ImageError, png_chunks
from jewelbench.reports.qt_bytes import reading

_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # colour type -> bytes per pixel at 8 bits
_STRIP_BYTES = 2 * 1024 * 1024  # at most this much decoded bitmap per strip
_INFLATE_STEP = 1024 * 1024


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("png_strips", text)


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(
        ">I", zlib.crc32(kind + body))


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the header of a PNG whose chunks were checked (check_whole)."""
    if data[12:16] != b"IHDR" or len(data) < 24:
        raise ImageError(translate("png_strips", "the PNG file is damaged (no header)"))
    width, height = struct.unpack_from(">II", data, 16)
    if width == 0 or height == 0:
        raise ImageError(translate("png_strips", "the PNG file is damaged (an empty image)"))
    return width, height


def read_png_scaled(data: bytes, target: QSize) -> QImage | None:
    """The PNG in data scaled to target (its aspect the caller's business), or None when this
    PNG's kind is not one read in strips. ImageError when its rows are damaged or missing."""
    chunks = png_chunks(data)
    kind, start, length = chunks[0]
    if kind != b"IHDR" or length != 13:
        raise ImageError(translate("png_strips", "the PNG file is damaged (no header)"))
    width, height, depth, colour, _c, _f, interlace = struct.unpack_from(">IIBBBBB", data,
                                                                        start)
    if depth != 8 or colour not in _CHANNELS or interlace != 0 or width == 0 or height == 0:
        return None
    if width * 4 > _STRIP_BYTES:  # one row is more than a strip: a 60,000,000 × 1 PNG
        return None  # decoded as one strip took 737 MB; the caller reads it whole or not
    stride = 1 + width * _CHANNELS[colour]
    extras = b"".join(_chunk(k, data[s:s + n]) for k, s, n in chunks if k in (b"PLTE", b"tRNS"))
    strip_rows = max(1, min(_STRIP_BYTES // (width * 4),
                            max(64, math.ceil(8 * height / target.height()))))
    see_through = colour in (4, 6) or any(k == b"tRNS" for k, _s, _n in chunks)
    # the format Qt's PNG writer takes as it is (no whole-image copy when it is stored)
    result = QImage(target, QImage.Format.Format_ARGB32 if see_through
                    else QImage.Format.Format_RGB32)
    result.fill(Qt.GlobalColor.transparent if see_through else Qt.GlobalColor.white)
    painter = QPainter(result)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)  # copied as is
    try:
        reader = _Strips(width, height, colour, stride, extras, strip_rows, target, painter)
        inflater = zlib.decompressobj()
        for k, s, n in chunks:
            if k != b"IDAT":
                continue
            piece: bytes | memoryview = memoryview(data)[s:s + n]  # not copied
            while piece:
                reader.feed(inflater.decompress(piece, _INFLATE_STEP))
                piece = inflater.unconsumed_tail
        reader.feed(inflater.flush())
        reader.finish()
    except zlib.error as error:
        raise ImageError(translate("png_strips", "the PNG file is damaged (its compressed data "
                                                 "cannot be read)")) \
            from error
    finally:
        painter.end()
    return result


class _Strips:
    def __init__(self, width: int, height: int, colour: int, stride: int, extras: bytes,
                 strip_rows: int, target: QSize, painter: QPainter) -> None:
        self.width, self.height, self.colour, self.stride = width, height, colour, stride
        self.extras, self.strip_rows, self.painter = extras, strip_rows, painter
        self.target = target
        self.pending = bytearray()
        self.done_rows = 0
        self.previous: bytes | None = None  # the unfiltered row above the next strip

    def feed(self, raw: bytes) -> None:
        self.pending += raw
        whole = self.strip_rows * self.stride
        while len(self.pending) >= whole and self.done_rows < self.height:
            self._strip(min(self.strip_rows, self.height - self.done_rows))

    def finish(self) -> None:
        while self.done_rows < self.height:
            rows = min(self.strip_rows, self.height - self.done_rows)
            if len(self.pending) < rows * self.stride:
                raise ImageError(translate("png_strips", "the PNG file is cut short (its rows end "
                                                         "before the image does)"))
            self._strip(rows)

    def _strip(self, rows: int) -> None:
        size = rows * self.stride
        body = bytes(self.pending[:size])
        del self.pending[:size]
        lead = 0
        if self.previous is not None:
            body = b"\x00" + self.previous + body
            lead = 1
        png = (PNG_SIGNATURE
               + _chunk(b"IHDR", struct.pack(">IIBBBBB", self.width, rows + lead, 8,
                                             self.colour, 0, 0, 0))
               + self.extras + _chunk(b"IDAT", zlib.compress(body, 0)) + _chunk(b"IEND", b""))
        image = _decode_strip(png)
        if image.isNull() or image.height() != rows + lead:
            raise ImageError(translate("png_strips", "the PNG file is damaged (its rows cannot be "
                                                     "read)"))
        self.previous = self._raw_row(image, rows + lead - 1)
        top = self.done_rows
        self.done_rows += rows
        scale = self.target.height() / self.height
        first, last = round(top * scale), round(self.done_rows * scale)
        if last > first:
            part = image.copy(0, lead, self.width, rows)
            self.painter.drawImage(0, first, part.scaled(
                self.target.width(), last - first, Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def _raw_row(self, image: QImage, y: int) -> bytes:
        """Row y as the PNG's own bytes (what the next strip's filters refer to)."""
        row = image.copy(0, y, self.width, 1)
        if self.colour == 3:
            if row.format() != QImage.Format.Format_Indexed8:
                raise ImageError(translate("png_strips", "the PNG file's palette cannot be read"))
            return bytes(row.constBits())[:self.width]
        converted = row.convertToFormat(QImage.Format.Format_RGBA8888)  # kept while read
        rgba = bytes(converted.constBits())[:self.width * 4]
        if self.colour == 6:
            return rgba
        if self.colour == 2:
            out = bytearray(self.width * 3)
            out[0::3], out[1::3], out[2::3] = rgba[0::4], rgba[1::4], rgba[2::4]
            return bytes(out)
        if self.colour == 0:
            return rgba[0::4]
        out = bytearray(self.width * 2)  # grey with alpha
        out[0::2], out[1::2] = rgba[0::4], rgba[3::4]
        return bytes(out)


def _decode_strip(png: bytes) -> QImage:
    with reading(png) as device:  # made by Qt: a worker's read never waits for the GIL
        reader = QImageReader(device, b"png")
        reader.setAutoDetectImageFormat(False)
        try:
            return reader.read()
        finally:
            reader.setDevice(None)  # type: ignore[arg-type]  # None lets the device go
