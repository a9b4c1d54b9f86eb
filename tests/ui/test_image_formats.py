"""Only PNG, JPEG, WebP, GIF and BMP are taken in, told by their content before any decoder
runs; everything else (SVG, XPM, ICO, TIFF, PDF, text named .png …) is refused with a reason
naming what it is; a file cut short is refused, not stored grey; MIME types are what the bytes
are; a huge image is taken in scaled without its full bitmap in memory (issue 13, item 6).

Decoding runs in child processes: a TIFF once killed the process (exit 139) in Qt's TIFF
handler, and a crash must fail these tests rather than end the run. The memory figure is the
child's own ru_maxrss, measured from its baseline after Qt is loaded and warmed up."""

from __future__ import annotations

import json
import os
import random
import struct
import subprocess
import sys
import textwrap
import zlib

import pytest

ALLOWED_TEXT = "not an image format jewelbench takes (PNG, JPEG, WebP, GIF, BMP)"

GIF_WRITER = r"""
import struct


def gif(width=64, height=48):
    # Qt writes no GIF: 4 colours, LZW codes of 3 bits, a clear code before every pair
    pixels = [0 if x < width // 2 else (1 if y < height // 2 else 2)
              for y in range(height) for x in range(width)]
    codes = []
    for i in range(0, len(pixels), 2):
        codes += [4, *pixels[i:i + 2]]
    codes.append(5)
    bits = sum(code << (3 * n) for n, code in enumerate(codes))
    stream = bits.to_bytes((3 * len(codes) + 7) // 8, "little")
    blocks = b"".join(bytes([len(stream[i:i + 255])]) + stream[i:i + 255]
                      for i in range(0, len(stream), 255)) + b"\x00"
    return (b"GIF89a" + struct.pack("<HHBBB", width, height, 0x81, 0, 0)
            + bytes([255, 215, 0, 20, 60, 200, 255, 255, 255, 0, 0, 0])
            + b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0) + b"\x02"
            + blocks + b"\x3b")
"""

CHILD = GIF_WRITER + textwrap.dedent(r"""
    import json, struct, zlib
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

    from jewelbench.reports import png_strips
    from jewelbench.reports.image_decoding import ImageError, decode
    from jewelbench.ui.imaging import prepare, qimage_from_bytes

    app = QGuiApplication([])

    def picture(width=64, height=48, alpha=False):
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(QColor(0, 0, 0, 0) if alpha else QColor("white"))
        painter = QPainter(image)
        painter.fillRect(0, 0, width // 2, height, QColor("gold"))
        painter.fillRect(width // 2, 0, width - width // 2, height // 2, QColor(20, 60, 200, 180))
        painter.end()
        return image

    def encoded(image, fmt):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        assert image.save(buffer, fmt), fmt
        return bytes(data.data())

    samples = {fmt.lower(): encoded(picture(), fmt)
               for fmt in ("PNG", "JPEG", "WEBP", "BMP", "TIFF", "XPM", "ICO")}
    samples["gif"] = gif()
    samples["svg"] = (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
                      b'width="64" height="48"><rect width="64" height="48"/></svg>')
    samples["pdf"] = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
    samples["text"] = b"Ring RG-001, 18k gold, see the sketch on page 2.\n"
    samples["empty"] = b""
    for fmt in ("png", "jpeg", "gif", "webp", "bmp"):
        samples[fmt + " cut at 50 %"] = samples[fmt][:len(samples[fmt]) // 2]
    big_jpeg = encoded(picture(640, 480), "JPEG")
    thumb = encoded(picture(32, 24), "JPEG")  # an Exif thumbnail: its own end marker inside
    app1 = b"Exif\x00\x00" + thumb
    with_thumb = big_jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + \
        big_jpeg[2:]
    samples["jpeg with thumbnail"] = with_thumb
    samples["jpeg with thumbnail cut at 70 %"] = with_thumb[:len(with_thumb) * 7 // 10]
    samples["jpeg with bytes after its end"] = big_jpeg + b"\x00" * 100 + b"TRAILER"
    flipped = bytearray(samples["png"])
    flipped[len(flipped) // 2] ^= 0x55
    samples["png with a flipped byte"] = bytes(flipped)

    results = {}
    for name, data in samples.items():
        shown = qimage_from_bytes(data)
        try:
            image, mime = decode(data)
            stored = prepare(data, keep_original=True)  # the workspace keeps originals
            smaller = prepare(data)  # else: never stored larger than the file
            results[name] = {"mime": mime, "size": [image.width(), image.height()],
                             "stored_mime": stored.mime_type, "kept": stored.image == data,
                             "shown": [shown.width(), shown.height()],
                             "not_larger": len(smaller.image) <= len(data)}
        except ImageError as error:
            results[name] = {"refused": str(error), "shown_null": shown.isNull()}

    # the strip reader gives exactly Qt's own decode, for each 8-bit colour type
    def png_file(width, height, colour, rows):
        def chunk(kind, body):
            return struct.pack(">I", len(body)) + kind + body + struct.pack(
                ">I", zlib.crc32(kind + body))
        header = struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                + chunk(b"IDAT", zlib.compress(b"".join(rows))) + chunk(b"IEND", b""))

    def grey_alpha_up(width, height):  # colour type 4, every row filtered "Up"
        rows, above = [], bytes(width * 2)
        for y in range(height):
            raw = bytes(((x * 7 + y * 13) & 255) if x % 2 == 0 else ((x + y) * 5 & 255)
                        for x in range(width * 2))
            rows.append(b"\x02" + bytes((r - a) & 255 for r, a in zip(raw, above)))
            above = raw
        return png_file(width, height, 4, rows)

    noisy = QImage(97, 300, QImage.Format.Format_ARGB32)
    for y in range(300):
        for x in range(97):
            noisy.setPixelColor(x, y, QColor((x * 31 + y * 7) % 256, (x * y) % 256,
                                             (x ^ y) % 256, (x * 3 + y) % 256))
    strips = {"rgba": encoded(noisy, "PNG"),
              "rgb": encoded(noisy.convertToFormat(QImage.Format.Format_RGB32), "PNG"),
              "grey": encoded(noisy.convertToFormat(QImage.Format.Format_Grayscale8), "PNG"),
              "palette": encoded(noisy.convertToFormat(QImage.Format.Format_Indexed8), "PNG"),
              "grey+alpha": grey_alpha_up(97, 300)}
    png_strips._STRIP_BYTES = 97 * 4 * 20  # strips of 20 rows: 15 strip boundaries
    same = {}
    for name, data in strips.items():
        whole = QImage.fromData(data, "PNG").convertToFormat(QImage.Format.Format_ARGB32)
        read = png_strips.read_png_scaled(data, QSize(97, 300))
        same[name] = read is not None and read.convertToFormat(
            QImage.Format.Format_ARGB32) == whole
    print(json.dumps({"results": results, "strips_equal": same}))
""")


# Linux carries a process's peak memory (ru_maxrss) over fork and exec: a child of the test
# process would start with the test process's own peak. A small fresh Python in between starts
# the measuring child, whose baseline is then its own.
FRESH = ("import subprocess, sys; "
         "sys.exit(subprocess.run([sys.executable, '-c', *sys.argv[1:]]).returncode)")


def _run(code: str, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", FRESH, code, *args], capture_output=True,
                          text=True, timeout=300, env=env)
    assert done.returncode == 0, (done.returncode, done.stderr[-3000:])
    return done.stdout


@pytest.fixture(scope="module")
def outcome() -> dict:
    return json.loads(_run(CHILD).strip().splitlines()[-1])


@pytest.mark.integration
@pytest.mark.parametrize("name, mime", [("png", "image/png"), ("jpeg", "image/jpeg"),
                                        ("webp", "image/webp"), ("gif", "image/gif"),
                                        ("bmp", "image/bmp")])
def test_the_five_formats_are_taken_in_as_they_are_with_their_true_mime(outcome, name, mime):
    result = outcome["results"][name]
    assert result == {"mime": mime, "size": [64, 48], "stored_mime": mime, "kept": True,
                      "shown": [64, 48], "not_larger": True}


@pytest.mark.integration
@pytest.mark.parametrize("name, what", [
    ("svg", "it is an SVG drawing"), ("xpm", "it is an XPM image"),
    ("ico", "it is an ICO icon"), ("tiff", "it is a TIFF image"),
    ("pdf", "it is a PDF document"), ("text", "it is a text file")])
def test_other_formats_are_refused_naming_what_they_are_and_never_decoded(outcome, name, what):
    result = outcome["results"][name]
    assert result == {"refused": f"{what}, {ALLOWED_TEXT}", "shown_null": True}


@pytest.mark.integration
def test_an_empty_file_is_refused(outcome):
    assert outcome["results"]["empty"] == {"refused": "the file is empty", "shown_null": True}


@pytest.mark.integration
@pytest.mark.parametrize("name, label", [
    ("png cut at 50 %", "PNG"), ("jpeg cut at 50 %", "JPEG"), ("gif cut at 50 %", "GIF"),
    ("webp cut at 50 %", "WebP"), ("bmp cut at 50 %", "BMP"),
    ("jpeg with thumbnail cut at 70 %", "JPEG")])
def test_a_file_cut_short_is_refused_not_stored_grey(outcome, name, label):
    result = outcome["results"][name]
    assert result["shown_null"] is True
    assert result["refused"] in (
        f"the {label} file is cut short or damaged (it ends before the image does)",
        f"the {label} file is cut short (it ends before the image does)")


@pytest.mark.integration
def test_a_whole_jpeg_with_an_exif_thumbnail_or_a_trailer_is_taken_in(outcome):
    for name in ("jpeg with thumbnail", "jpeg with bytes after its end"):
        assert outcome["results"][name]["size"] == [640, 480], name
        assert outcome["results"][name]["kept"] is True


@pytest.mark.integration
def test_a_png_with_a_flipped_byte_is_refused_by_its_checksum(outcome):
    assert outcome["results"]["png with a flipped byte"]["refused"] == \
        "the PNG file is damaged (a checksum does not match)"


@pytest.mark.integration
def test_the_strip_reader_gives_exactly_what_qt_decodes_whole(outcome):
    assert outcome["strips_equal"] == {"rgba": True, "rgb": True, "grey": True,
                                       "palette": True, "grey+alpha": True}


# --- a huge PNG ---------------------------------------------------------------------------

SIDE = 8000


def _huge_png(path) -> None:
    """8000 × 8000 RGB, about as large a file as is taken in (48 MB): in the top half every
    other row is noise (which does not compress), the other rows one colour each: R = y mod 256,
    G = 3y mod 256, B = 128. Written row by row (the test never holds the bitmap either)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body))
    noise = random.Random(8000)
    packer = zlib.compressobj(6)
    parts = [packer.compress(b"\x00" + (noise.randbytes(3 * SIDE) if y < SIDE // 2 and y % 2
                                        else bytes([y & 255, (3 * y) & 255, 128]) * SIDE))
             for y in range(SIDE)]
    parts.append(packer.flush())
    idat = b"".join(parts)
    path.write_bytes(b"\x89PNG\r\n\x1a\n"
                     + chunk(b"IHDR", struct.pack(">IIBBBBB", SIDE, SIDE, 8, 2, 0, 0, 0))
                     + b"".join(chunk(b"IDAT", idat[i:i + 65536])
                                for i in range(0, len(idat), 65536))
                     + chunk(b"IEND", b""))


MEMORY_CHILD = textwrap.dedent(r"""
    import json, resource, sys
    from pathlib import Path
    from PySide6.QtGui import QGuiApplication, QImage
    from jewelbench.ui.imaging import take_in, qimage_from_bytes

    app = QGuiApplication([])
    keep = sys.argv[3] == "keep"  # the workspace keeps originals
    take_in(Path(sys.argv[2]), keep_original=keep)  # plugins and code loaded: the baseline
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    stored = take_in(Path(sys.argv[1]), keep_original=keep)
    peak_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    image = QImage.fromData(stored.image)
    thumbnail = QImage.fromData(stored.thumbnail)
    middle = image.pixelColor(image.width() // 2, image.height() * 3 // 4)
    print(json.dumps({"peak_mb": peak_mb, "mime": stored.mime_type,
                      "size": [stored.width, stored.height], "from": stored.scaled_from,
                      "decoded": [image.width(), image.height()],
                      "thumbnail": [thumbnail.width(), thumbnail.height()],
                      "thumbnail_bytes": len(stored.thumbnail),
                      "middle": [middle.red(), middle.green(), middle.blue()],
                      "file_mb": Path(sys.argv[1]).stat().st_size / 2**20,
                      "shown": qimage_from_bytes(stored.image).width()}))
""")


@pytest.mark.integration
def test_an_8000_pixel_png_is_taken_in_scaled_under_150_mb(tmp_path):
    huge, small = tmp_path / "huge.png", tmp_path / "small.png"
    _huge_png(huge)
    packer = zlib.compress(b"".join(b"\x00" + b"\x10\x20\x30" * 16 for _ in range(16)))
    small.write_bytes(b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(
        ">IIBBBBB", 16, 16, 8, 2, 0, 0, 0)) + _chunk(b"IDAT", packer) + _chunk(b"IEND", b""))
    result = json.loads(_run(MEMORY_CHILD, str(huge), str(small), "keep")
                        .strip().splitlines()[-1])
    print(f"peak memory taking in an {SIDE} × {SIDE} PNG of {result['file_mb']:.0f} MB: "
          f"{result['peak_mb']:.0f} MB")
    assert result["file_mb"] > 40, "the file itself is large, not only its bitmap"
    assert result["peak_mb"] < 150, result
    assert result["mime"] == "image/png"
    assert result["size"] == result["decoded"] == [4096, 4096]
    assert result["from"] == [SIDE, SIDE]
    assert max(result["thumbnail"]) == 256
    assert result["thumbnail_bytes"] < 10 * 1024, "a thumbnail is under 10 KB, even of noise"
    assert result["shown"] == 4096
    # three quarters down, the stored image shows source row 6000: R = 6000 mod 256 = 112,
    # G = 18000 mod 256 = 80, B = 128 (a grey or a blank would be far off)
    red, green, blue = result["middle"]
    assert abs(red - 112) <= 4 and abs(green - 80) <= 10 and blue == 128, result["middle"]

    # else (the default): 2,560 px on its longer side as JPEG, within the same memory
    result = json.loads(_run(MEMORY_CHILD, str(huge), str(small), "shrink")
                        .strip().splitlines()[-1])
    assert result["peak_mb"] < 150, result
    assert result["mime"] == "image/jpeg"
    assert result["size"] == result["decoded"] == [2560, 2560]
    assert result["from"] == [SIDE, SIDE]
    assert result["shown"] == 2560
    red, green, blue = result["middle"]  # JPEG: a few steps off at most
    assert abs(red - 112) <= 8 and abs(green - 80) <= 12 and abs(blue - 128) <= 8, \
        result["middle"]


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


# --- damaged bytes of every kind: an image or a refusal, never an exception or a crash ------

FUZZ_CHILD = GIF_WRITER + textwrap.dedent(r"""
    import json, random, struct, zlib
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QGuiApplication, QImage

    from jewelbench.reports.image_decoding import ImageError, read

    app = QGuiApplication([])

    def encoded(image, fmt):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        assert image.save(buffer, fmt), fmt
        return bytes(data.data())

    picture = QImage(80, 60, QImage.Format.Format_ARGB32)
    for y in range(60):
        for x in range(80):
            picture.setPixelColor(x, y, QColor((x * 3) % 256, (y * 4) % 256, (x * y) % 256,
                                               255 - y))
    samples = {fmt: encoded(picture, fmt) for fmt in ("PNG", "JPEG", "WEBP", "BMP")}
    samples["GIF"] = gif(80, 60)
    samples["PNG palette"] = encoded(picture.convertToFormat(QImage.Format.Format_Indexed8),
                                     "PNG")

    def fixed_crcs(data):  # damage inside a PNG's chunks reaches the decoder, not the checksum
        out, pos = bytearray(data), 8
        while pos + 12 <= len(out):
            length = struct.unpack_from(">I", out, pos)[0]
            end = pos + 8 + length
            if end + 4 > len(out):
                break
            out[end:end + 4] = struct.pack(">I", zlib.crc32(bytes(out[pos + 4:end])))
            pos = end + 4
        return bytes(out)

    rnd = random.Random(13)
    outcomes = {}
    for name, good in samples.items():
        for trial in range(120):
            data = bytearray(good)
            how = trial % 4
            if how == 0:
                for _ in range(rnd.randint(1, 8)):
                    data[rnd.randrange(len(data))] = rnd.randrange(256)
            elif how == 1:
                del data[rnd.randrange(8, len(data)):]
            elif how == 2:
                start = rnd.randrange(len(data))
                piece = data[start:start + rnd.randint(1, 200)]
                at = rnd.randrange(len(data))
                data[at:at] = piece
            else:
                at = rnd.randrange(8, 40)
                data[at:at + 4] = struct.pack(">I", rnd.choice(
                    [0, 1, 0xFFFF, 0x7FFFFFFF, 0xFFFFFFFF, rnd.randrange(2**32)]))
            data = bytes(data)
            if name.startswith("PNG") and trial % 2:
                data = fixed_crcs(data)
            for side in (4096, 32):  # as stored, and scaled (the PNG in strips)
                try:
                    read(data, side)
                    outcome = "image"
                except ImageError:
                    outcome = "refused"
                except Exception as error:  # what the test is looking for
                    outcome = "EXCEPTION " + type(error).__name__
                outcomes.setdefault(name, {}).setdefault(outcome, 0)
                outcomes[name][outcome] += 1
    print(json.dumps(outcomes))
""")


@pytest.mark.integration
def test_damaged_images_are_an_image_or_a_refusal_never_an_exception():
    outcomes = json.loads(_run(FUZZ_CHILD).strip().splitlines()[-1])
    print(outcomes)
    for name, counts in outcomes.items():
        assert set(counts) <= {"image", "refused"}, (name, counts)
        assert counts.get("refused", 0) > 0, name


def _gif_screen(width: int, height: int) -> bytes:
    """A GIF whose screen is width × height, holding one 1 × 1 frame (LZW: clear, 0, end)."""
    return (b"GIF89a" + struct.pack("<HHBBB", width, height, 0x80, 0, 0)
            + b"\xff\xd7\x00\x00\x00\x00" + b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0)
            + b"\x02\x02\x44\x01\x00" + b"\x3b")


def test_a_gif_too_large_to_read_whole_is_refused_before_it_is_decoded(qapp):
    from jewelbench.reports.image_decoding import ImageError, read

    assert read(_gif_screen(40, 30)).image.size().toTuple() == (40, 30)
    with pytest.raises(ImageError) as refused:
        read(_gif_screen(6000, 4000))
    assert str(refused.value) == ("the GIF image is too large to take in (6000 × 4000 pixels; "
                                  "GIF images are taken in up to 21 megapixels: save it as PNG "
                                  "or JPEG)")
    with pytest.raises(ImageError) as refused:
        read(_gif_screen(9000, 9000))
    assert str(refused.value) == ("the image is too large (9000 × 9000 pixels; at most 67 "
                                  "megapixels are taken in)")
