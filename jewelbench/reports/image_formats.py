"""Which image formats jewelbench takes in, told from the bytes themselves (never from the
file's name) before any decoder sees them, and whether the file is whole.

The allow-list is ALLOWED: PNG, JPEG, WebP, GIF and BMP. Qt can read more (SVG, XPM, ICO, TIFF,
PBM …), but each of those handlers is more code reading hostile bytes (a TIFF used to kill the
process), and docs/schema.md promises that stored images are one of the five. Everything else
is refused with a reason that names what the file is.

A file cut short (a download stopped half way, a full card) is refused as well: Qt's decoders
paint the missing part grey and say nothing, so the structure is walked here — a PNG's chunks
up to IEND (with their checksums), a JPEG's segments and scans up to its end marker, a GIF's
blocks, a WebP's RIFF length, a BMP's pixel array.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication  # reports read files with Qt

from jewelbench.domain.messages import fill


class ImageError(ValueError):
    """An image that cannot be stored; str() is meant for the user."""


@dataclass(frozen=True)
class ImageFormat:
    qt_name: str  # the name QImageReader knows the format by
    label: str  # what the user calls it
    mime_type: str
    suffixes: tuple[str, ...]


PNG = ImageFormat("png", "PNG", "image/png", ("png",))
JPEG = ImageFormat("jpeg", "JPEG", "image/jpeg", ("jpg", "jpeg"))
WEBP = ImageFormat("webp", "WebP", "image/webp", ("webp",))
GIF = ImageFormat("gif", "GIF", "image/gif", ("gif",))
BMP = ImageFormat("bmp", "BMP", "image/bmp", ("bmp",))
ALLOWED: tuple[ImageFormat, ...] = (PNG, JPEG, WEBP, GIF, BMP)
ALLOWED_MIME_TYPES = tuple(fmt.mime_type for fmt in ALLOWED)
ALLOWED_LABELS = ", ".join(fmt.label for fmt in ALLOWED)  # "PNG, JPEG, WebP, GIF, BMP"

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_BMP_HEADER_SIZES = (12, 16, 40, 52, 56, 64, 108, 124)


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("image_formats", text)


def file_dialog_filter() -> str:
    """The file dialogs' filter: exactly the allowed formats."""
    patterns = " ".join(f"*.{suffix}" for fmt in ALLOWED for suffix in fmt.suffixes)
    return fill(translate("image_formats", "Images ({patterns})"), patterns=patterns)


def _allowed_formats_text() -> str:
    return fill(translate("image_formats", "jewelbench takes {formats} images"),
                formats=ALLOWED_LABELS)


def _refused(what: str) -> ImageError:
    return ImageError(fill(translate("image_formats", "it is {what}, not an image format "
                                                      "jewelbench takes ({formats})"),
                           what=what, formats=ALLOWED_LABELS))


def identify(data: bytes) -> ImageFormat:
    """The allowed format the bytes are, told by their magic numbers; ImageError naming what
    they are otherwise. No decoder runs."""
    if not data:
        raise ImageError(translate("image_formats", "the file is empty"))
    head = data[:64]
    if head.startswith(PNG_SIGNATURE):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[:2] == b"BM" and len(head) >= 18 and \
            struct.unpack_from("<I", head, 14)[0] in _BMP_HEADER_SIZES:
        return BMP
    raise _refused(_what_it_is(data))


def _what_it_is(data: bytes) -> str:  # noqa: PLR0911 (one answer per format)
    """A name for bytes that are not an allowed image, for the refusal."""
    head = data[:512]
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return translate("image_formats", "a TIFF image")
    if head[:4] == b"\x00\x00\x01\x00":
        return translate("image_formats", "an ICO icon")
    if head[:4] == b"\x00\x00\x02\x00":
        return translate("image_formats", "a CUR cursor")
    if head[:4] == b"%PDF":
        return translate("image_formats", "a PDF document")
    if head[:4] == b"icns":
        return translate("image_formats", "an ICNS icon")
    if head[:4] == b"8BPS":
        return translate("image_formats", "a Photoshop document")
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand.startswith((b"avif", b"avis")):
            return translate("image_formats", "an AVIF image")
        if brand in (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1"):
            return translate("image_formats", "a HEIC photo")
        return translate("image_formats", "a video or other media file")
    if head.startswith((b"\x00\x00\x00\x0cjP  ", b"\xff\x4f\xff\x51")):
        return translate("image_formats", "a JPEG 2000 image")
    if head[:2] == b"\x1f\x8b":
        return translate("image_formats", "a gzip-compressed file (a compressed SVG drawing?)")
    if head[:4] == b"PK\x03\x04":
        return translate("image_formats", "a ZIP archive")
    if head[:2] == b"BM":
        return translate("image_formats", "a damaged BMP image")
    if head[:4] == b"RIFF":
        return translate("image_formats", "a RIFF file that is not WebP")
    if head[:3] == b"\x89PN" or head[:2] == b"\xff\xd8":
        return translate("image_formats", "a damaged PNG or JPEG image")
    if len(head) > 2 and head[:1] == b"P" and head[1:2] in b"1234567" and \
            head[2:3] in b" \t\r\n#":
        return translate("image_formats", "a PBM/PGM/PPM image")
    text = head.decode("utf-8", "replace").lstrip("\ufeff \t\r\n").lower()
    if "/* xpm */" in text or "static char" in text and "xpm" in text:
        return translate("image_formats", "an XPM image")
    if text.startswith("#define") or "_bits[]" in text:
        return translate("image_formats", "an XBM image")
    if "<svg" in data[:4096].decode("utf-8", "replace").lower():
        return translate("image_formats", "an SVG drawing")
    if text.startswith(("<?xml", "<!doctype", "<html")):
        return translate("image_formats", "an XML or HTML document")
    if _looks_like_text(head):
        return translate("image_formats", "a text file")
    return translate("image_formats", "not an image (its content matches no image format)")


def _looks_like_text(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(ch.isprintable() or ch in "\t\r\n\ufeff" for ch in text)


# --- is the file whole? -----------------------------------------------------------------------

def check_whole(fmt: ImageFormat, data: bytes) -> None:
    """ImageError when the file is cut short or its structure is broken."""
    checks = {"png": _png_whole, "jpeg": _jpeg_whole, "gif": _gif_whole, "webp": _webp_whole,
              "bmp": _bmp_whole}
    if not checks[fmt.qt_name](data):
        raise ImageError(fill(translate("image_formats", "the {format} file is cut short or "
                                                         "damaged (it ends before the image does)"),
                              format=fmt.label))


def png_chunks(data: bytes) -> list[tuple[bytes, int, int]]:
    """(type, start of its data, length) of every chunk up to IEND; ImageError when the file
    ends first or a checksum is wrong."""
    chunks: list[tuple[bytes, int, int]] = []
    pos = len(PNG_SIGNATURE)
    while pos + 12 <= len(data):
        length, kind = struct.unpack_from(">I4s", data, pos)
        end = pos + 8 + length
        if length > 0x7FFFFFFF or end + 4 > len(data):
            break
        crc = struct.unpack_from(">I", data, end)[0]
        if zlib.crc32(memoryview(data)[pos + 4:end]) != crc:
            raise ImageError(translate("image_formats", "the PNG file is damaged (a checksum does "
                                                        "not match)"))
        chunks.append((kind, pos + 8, length))
        if kind == b"IEND":
            return chunks
        pos = end + 4
    raise ImageError(translate("image_formats", "the PNG file is cut short (it ends before the "
                                                "image does)"))


def _png_whole(data: bytes) -> bool:
    chunks = png_chunks(data)
    if chunks[0][0] != b"IHDR" or not any(kind == b"IDAT" for kind, _s, _n in chunks):
        return False
    _check_png_rows_size(data, chunks)
    return True


_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # colour type → samples per pixel
_INFLATE_INPUT = 64 * 1024


def _check_png_rows_size(data: bytes, chunks: list[tuple[bytes, int, int]]) -> None:
    """ImageError when the compressed rows inflate to more than the header's size needs: a
    64 × 64 PNG whose rows were 4 GB of zeros (4 MB on disk) kept libpng inflating for 9 s on
    every showing, 64 MB on disk for minutes. Inflated in steps, nothing kept."""
    kind, start, length = chunks[0]
    if length < 13:
        return  # Qt refuses the header itself
    width, height, depth, colour, _c, _f, interlace = struct.unpack_from(">IIBBBBB", data,
                                                                        start)
    row = (width * _PNG_CHANNELS.get(colour, 4) * max(depth, 1) + 7) // 8
    most = height * (1 + row)
    if interlace:  # Adam7: seven passes, each row with its filter byte and a partial byte
        most += 16 * (height + 8)
    inflater = zlib.decompressobj()
    inflated = 0
    try:
        for kind, start, length in chunks:
            if kind != b"IDAT":
                continue
            for at in range(start, start + length, _INFLATE_INPUT):
                piece: bytes = data[at:min(at + _INFLATE_INPUT, start + length)]
                while piece:
                    inflated += len(inflater.decompress(piece, 1024 * 1024))
                    if inflated > most:
                        raise ImageError(fill(translate("image_formats",
                                 "the PNG file holds far more image data than its size ({width} × "
                                 "{height}) needs: damaged, or made to stall the programs that "
                                 "show it"),
                                              width=str(width), height=str(height)))
                    piece = inflater.unconsumed_tail
    except zlib.error:
        return  # damaged rows: Qt's decoder says so


def _jpeg_whole(data: bytes) -> bool:
    """Segments are stepped over by their lengths (an Exif thumbnail's own end marker is not
    taken for the image's); a scan's entropy-coded data runs to the next marker."""
    pos, size, scans = 2, len(data), 0
    while pos < size:
        if data[pos] != 0xFF:
            return False
        while pos < size and data[pos] == 0xFF:  # fill bytes
            pos += 1
        if pos >= size:
            return False
        marker = data[pos]
        pos += 1
        if marker == 0xD9:
            return scans > 0
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            continue
        if pos + 2 > size:
            return False
        pos += struct.unpack_from(">H", data, pos)[0]
        if pos > size:
            return False
        if marker == 0xDA:
            scans += 1
            if scans > MAX_JPEG_SCANS:  # libjpeg passes over the whole image for each one
                raise ImageError(fill(translate("image_formats", "the JPEG file has more than "
                                                                 "{most} scans (a photo has a few, "
                                                                 "a progressive one a dozen or "
                                                                 "so): damaged, or made to stall "
                                                                 "the programs that show it"),
                                      most=str(MAX_JPEG_SCANS)))
            pos = _end_of_scan(data, pos)
            if pos < 0:
                return False
    return False


MAX_JPEG_SCANS = 100  # 5,000 repeated scans of a 2000 × 2000 JPEG took 4 s; millions fit


_PROGRESSIVE_FRAMES = (0xC2, 0xC6, 0xCA, 0xCE)


def progressive_jpeg(data: bytes) -> tuple[int, int, int]:
    """(bytes, width, height): the memory libjpeg needs for a progressive JPEG's coefficients
    (it keeps those of the whole image, whatever size it is read at: 384 MB for 8000 × 8000
    at full colour), and its size; (0, 0, 0) for a baseline JPEG (read row by row). Only the
    segments before the first scan are looked at."""
    pos, size = 2, len(data)
    while pos + 4 <= size and data[pos] == 0xFF:
        marker = data[pos + 1]
        length = struct.unpack_from(">H", data, pos + 2)[0]
        if marker == 0xDA or marker == 0xD9:
            return 0, 0, 0
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if marker not in _PROGRESSIVE_FRAMES or pos + 10 > size:
                return 0, 0, 0
            height, width, count = struct.unpack_from(">HHB", data, pos + 5)
            factors = [(data[at] >> 4, data[at] & 15)
                       for at in range(pos + 11, min(pos + 11 + 3 * count, size), 3)]
            if not factors:
                return 0, 0, 0
            most_h = max(max(h for h, _v in factors), 1)
            most_v = max(max(v for _h, v in factors), 1)
            blocks = sum(-(-width * h // (8 * most_h)) * -(-height * v // (8 * most_v))
                         for h, v in factors)
            return blocks * 64 * 2, width, height  # 64 coefficients of 2 bytes a block
        pos += 2 + length
    return 0, 0, 0


# 0xFF then a byte that is neither a stuffed 0x00, a restart marker nor another 0xFF (a fill
# byte): the marker that ends a scan. One search in C, not a Python step per 0xFF (a 60 MB
# photo of noise has a quarter of a million of them: 650 ms of Python holding the GIL)
_MARKER_AFTER_SCAN = re.compile(b"\xff[^\x00\xd0-\xd7\xff]")


_SEARCH_WINDOW = 1024 * 1024  # searched a megabyte at a time: other threads get the GIL between


def _end_of_scan(data: bytes, pos: int) -> int:
    """Where the marker after a scan's entropy-coded data starts, or -1 if the file ends."""
    size = len(data)
    while pos < size:
        # a marker is two bytes: each window reaches one byte into the next
        found = _MARKER_AFTER_SCAN.search(data, pos, min(pos + _SEARCH_WINDOW + 1, size))
        if found is not None:
            return found.start()
        pos += _SEARCH_WINDOW
    return -1


def _gif_whole(data: bytes) -> bool:  # noqa: PLR0911 (one answer per block kind)
    size = len(data)
    if size < 13:
        return False
    flags = data[10]
    pos = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    frames = 0
    while pos < size:
        block = data[pos]
        if block == 0x3B:  # trailer
            return frames > 0
        if block == 0x21:  # extension: label, then sub-blocks
            pos = _sub_blocks(data, pos + 2)
        elif block == 0x2C:  # image descriptor, local colour table, LZW code size, data
            if pos + 10 > size:
                return False
            local = data[pos + 9]
            pos += 10 + (3 * 2 ** ((local & 7) + 1) if local & 0x80 else 0) + 1
            pos = _sub_blocks(data, pos)
            frames += 1
        else:
            return False
        if pos < 0:
            return False
    return frames > 0  # every block complete, only the trailer byte missing


def _sub_blocks(data: bytes, pos: int) -> int:
    while pos < len(data):
        length = data[pos]
        pos += 1 + length
        if length == 0:
            return pos if pos <= len(data) else -1
    return -1


def _webp_whole(data: bytes) -> bool:
    return len(data) >= 12 and len(data) >= 8 + struct.unpack_from("<I", data, 4)[0]


def _bmp_whole(data: bytes) -> bool:
    if len(data) < 26:
        return False
    offset = struct.unpack_from("<I", data, 10)[0]
    header = struct.unpack_from("<I", data, 14)[0]
    if header == 12:
        width, height = struct.unpack_from("<hh", data, 18)
        bits, compression, image_size = struct.unpack_from("<H", data, 24)[0], 0, 0
    else:
        if len(data) < 38:
            return False
        width, height, _planes, bits, compression, image_size = struct.unpack_from(
            "<iiHHII", data, 18)
    if compression in (0, 3, 6):  # uncompressed rows (bit fields too)
        row = (abs(width) * bits + 31) // 32 * 4
        return len(data) >= offset + row * abs(height)
    return len(data) >= offset + image_size  # RLE, JPEG or PNG inside: its stated size
