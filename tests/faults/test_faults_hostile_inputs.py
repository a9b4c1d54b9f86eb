"""Hostile inputs found by re-running issue 13's attacks with variations: each one ends in a
refusal with its reason or a clean result, never in an uncaught exception (the crash dialog),
and the big ones are refused by what they declare before they take the time or the memory."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import random
import re
import struct
import subprocess
import sys
import textwrap
import tracemalloc
import zipfile
import zlib
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter

from jewelbench.reports import quote_import
from jewelbench.reports.price_import import PriceFileRefused, read_price_bytes
from jewelbench.reports.quote_import import ImportRefused
from jewelbench.ui.imaging import ImageError, qimage_from_bytes, take_in

TODAY = dt.date(2026, 11, 20)
NORGES = "BASE_CUR;QUOTE_CUR;TIME_PERIOD;OBS_VALUE;UNIT_MULT\n"
MB = 1024 * 1024


def peak_memory(call: Callable[[], None]) -> int:
    """The most memory Python held while call() ran (its objects, and the buffers zlib and expat
    ask it for), over what it held before: the same for a given input on any machine however
    loaded, as the time it takes is not. Each big input below, read before its refusal, showed
    its cost in both."""
    tracemalloc.start()
    try:
        call()
    finally:
        _now, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak


@pytest.mark.parametrize("multiplier", ["²", "١", "³", "٣", "Ⅵ"])
def test_a_norges_bank_unit_multiplier_in_other_digits_leaves_its_row_out(multiplier):
    # '²'.isdigit() is True but int('²') raised ValueError into the crash dialog; '١' was
    # read as 1 (only 0-9 are digits in every number field)
    found = read_price_bytes((NORGES + f"USD;NOK;2026-11-02;10,5;{multiplier}\n"
                              "EUR;NOK;2026-11-02;11,7;0\n").encode(),
                             "EXR.csv", today=TODAY)
    assert [(r.value.from_currency, r.value.rate) for r in found.rows] == [("EUR", Decimal("11.7"))]
    assert [(r.where, r.reason) for r in found.refused] == [
        ("line 2, USD", f"UNIT_MULT '{multiplier}' is not 0 to 6 (per 1, 10, 100 … units)")]


def test_a_huge_price_is_refused_naming_it_short():
    # the reason quoted all 5,000 digits
    found = read_price_bytes(("date,item,price,currency,unit\n"
                              f"2026-11-02,gold,{'9' * 5000},USD,g\n").encode(), "p.csv",
                             today=TODAY)
    assert not found.rows
    [refusal] = found.refused
    assert len(refusal.reason) < 120, refusal.reason
    assert refusal.reason.startswith("the price 99999"), refusal.reason
    assert "is not a plausible price" in refusal.reason


def test_refusal_type_is_the_price_files():
    with pytest.raises(PriceFileRefused):
        read_price_bytes(b"\x00\x01", "p.csv", today=TODAY)


# --- quote workbooks that cost time by their XML, not their size ------------------------------


def _xlsx_parts(rows) -> dict[str, bytes]:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _write_xlsx(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return path


SHEET = "xl/worksheets/sheet1.xml"


def test_a_workbook_of_millions_of_tiny_shared_strings_is_refused_before_openpyxl_reads_it(
        tmp_path):
    # 1.2 million one-digit strings: 1 MB on disk, within every size and ratio limit; openpyxl
    # reads the whole table before the first row (6 million of them took 190 s and 580 MB;
    # these 1.2 million, read, hold 100 MB). The content types name the table, as Excel's do:
    # without that openpyxl never opens it
    rng = random.Random(13)
    strings = b"".join(b"<si><t>%d</t></si>" % rng.randrange(10) for _ in range(1_200_000))
    parts = _xlsx_parts([["Quantity", "Unit price"], [100, 6.8]])
    parts["xl/sharedStrings.xml"] = (
        b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
        b'2006/main">' + strings + b"</sst>")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                     b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                     b"</Types>")
    path = _write_xlsx(tmp_path / "quote.xlsx", parts)
    assert path.stat().st_size < quote_import.MAX_FILE_BYTES

    def read() -> None:
        with pytest.raises(ImportRefused, match=r"^quote.xlsx holds far more than a quote: over "
                                                r"1,000,000 pieces of XML \(its part "
                                                r"xl/sharedStrings.xml.*It was not opened$"):
            quote_import.read_table(path)

    # counted in steps of 1 MB before openpyxl runs, nothing of it kept (about 5 MB)
    assert peak_memory(read) < 32 * MB


def test_a_sheet_of_millions_of_cells_without_a_stated_size_is_refused_before_it_is_opened(
        tmp_path):
    # openpyxl parses a sheet without <dimension> whole when it opens it (110 s for 4 million),
    # keeping nothing, so only its time would show it. What is checked is that the count of
    # the XML refuses it (without it, the sheet is refused later for its 600,000 cells, after
    # 10 s and more); that the count runs before openpyxl opens the file, the memory of the
    # shared strings above shows
    rng = random.Random(14)
    parts = _xlsx_parts([["Quantity", "Unit price"], [100, 6.8]])
    rows = b"".join(b'<row r="%d">%s</row>' % (r, b"".join(
        b'<c r="%s%d"><v>%d</v></c>' % (get_column_letter(c).encode(), r, rng.randrange(10))
        for c in range(1, 1001))) for r in range(3, 603))
    sheet = re.sub(rb'<dimension ref="[^"]*" ?/>', b"", parts[SHEET])
    parts[SHEET] = sheet.replace(b"</sheetData>", rows + b"</sheetData>")
    path = _write_xlsx(tmp_path / "wide.xlsx", parts)
    with pytest.raises(ImportRefused, match=r"^wide.xlsx holds far more than a quote: over "
                                            r"1,000,000 pieces of XML \(its part "
                                            r"xl/worksheets/sheet1.xml.*It was not opened$"):
        quote_import.read_table(path)


def test_a_sheet_read_to_its_last_cell_whatever_size_it_states(tmp_path):
    # openpyxl's streaming reader stops at the stated size: a sheet stating A1:B2 lost rows 3
    # and 4 without a word; one stating A1:XFD1048576 had every row padded to 16,384 cells
    parts = _xlsx_parts([["Quantity", "Unit price"], [100, 6.8], [300, 6.1], [1000, 5.45]])
    for stated, name in (("A1:B2", "short.xlsx"), ("A1:XFD1048576", "huge.xlsx")):
        parts[SHEET] = re.sub(rb'<dimension ref="[^"]*" ?/>',
                              b'<dimension ref="%s"/>' % stated.encode(), parts[SHEET])
        table = quote_import.read_table(_write_xlsx(tmp_path / name, parts))
        assert table.headers == ["Quantity", "Unit price"]
        assert [[cell.value for cell in cells] for _n, cells in table.rows] == \
            [[100, 6.8], [300, 6.1], [1000, 5.45]]


def test_a_sheet_of_more_cells_than_an_import_reads_is_refused_naming_the_limit(tmp_path):
    # 300 rows of 1,000 cells: 300,000 cells, under the element count but over what is read
    parts = _xlsx_parts([["Quantity", "Unit price"], [100, 6.8]])
    row = b"".join(b'<c r="%s{r}" t="n"/>' % get_column_letter(c).encode()
                   for c in range(1, 1001))
    rows = b"".join(b'<row r="%d">' % r + row.replace(b"{r}", b"%d" % r) + b"</row>"
                    for r in range(3, 303))
    parts[SHEET] = parts[SHEET].replace(b"</sheetData>", rows + b"</sheetData>")
    with pytest.raises(ImportRefused, match=r"^many.xlsx has more than 250,000 cells in its "
                                            r"sheet"):
        quote_import.read_table(_write_xlsx(tmp_path / "many.xlsx", parts))


# --- images ---------------------------------------------------------------------------------

# ru_maxrss carries over fork and exec: a small fresh Python in between starts the measuring
# child, whose baseline is then its own (as tests/ui/test_image_formats.py does)
FRESH = ("import subprocess, sys; "
         "sys.exit(subprocess.run([sys.executable, '-c', *sys.argv[1:]]).returncode)")
TAKE_IN_CHILD = textwrap.dedent(r"""
    import json, resource, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from jewelbench.ui.imaging import ImageError, take_in

    app = QApplication([])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        stored = take_in(Path(sys.argv[1]), keep_original=sys.argv[2:] == ["keep"])
        said = f"stored {stored.width} x {stored.height}"
    except ImageError as error:
        said = f"refused: {error}"
    peak_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    print(json.dumps({"said": said, "peak_mb": peak_mb}))
""")


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + \
            struct.pack(">I", zlib.crc32(kind + body))

    packer = zlib.compressobj(9)
    row = b"\x00" + b"\x80" * (3 * width)
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                             0, 0, 0))
            + chunk(b"IDAT", idat) + chunk(b"IEND", b""))


@pytest.mark.integration
@pytest.mark.parametrize("width, height, keep, said", [
    # one row wider than a strip was decoded as one strip: 737 MB before its refusal
    (60_000_000, 1, "keep", "refused: the PNG image is too large to take in (60000000 × 1 "
                            "pixels; PNG images like it are taken in up to 21 megapixels: "
                            "save it at a smaller size)"),
    (60_000_000, 1, "shrink", "refused: the PNG image is too large to take in"),
    # a wide one Qt can read whole within its budget is still taken in, scaled: to 4096 px
    # when the workspace keeps originals, else to 2,560 px (issue 16)
    (600_000, 30, "keep", "stored 4096 x 1"),
    (600_000, 30, "shrink", "stored 2560 x 1"),
])
def test_a_png_of_very_wide_rows_is_refused_or_taken_in_under_150_mb(tmp_path, width, height,
                                                                     keep, said):
    path = tmp_path / "wide.png"
    path.write_bytes(_png(width, height))
    done = subprocess.run([sys.executable, "-c", FRESH, TAKE_IN_CHILD, str(path), keep],
                          capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["said"].startswith(said), result
    assert result["peak_mb"] < 150, result


def test_a_csv_made_to_slow_the_separator_search_has_only_its_first_8_kb_searched(
        tmp_path, monkeypatch):
    # csv.Sniffer's quote search is quadratic in its sample: 64 KB of 'a,"' took 12 s (the
    # first 64 KB were searched). What bounds the time is the sample, so that is what is
    # checked: the real sniffer runs, watched for what it is given
    given: list[int] = []
    sniff = csv.Sniffer.sniff

    def watched(self, sample, delimiters=None):
        given.append(len(sample))
        return sniff(self, sample, delimiters)

    monkeypatch.setattr(csv.Sniffer, "sniff", watched)
    path = tmp_path / "slow.csv"
    path.write_text('"' + 'a,"' * 20000 + "\nQuantity;Unit price\n100;6.8\n", encoding="utf-8")
    try:
        quote_import.read_table(path)
    except ImportRefused:
        pass  # a refusal with its reason is as good an answer
    assert given and max(given) <= 8192, given


def test_a_csv_separator_is_still_told_from_its_first_lines(tmp_path):
    path = tmp_path / "semicolons.csv"
    path.write_text("Quantity;Unit price;Notes\n" + "100;6,80;x\n" * 3000, encoding="utf-8")
    table = quote_import.read_table(path)
    assert table.headers == ["Quantity", "Unit price", "Notes"]
    assert len(table.rows) == 3000


# --- paths that are not files: a named pipe or a device waited (or grew) for ever -------------


@pytest.fixture
def pipe(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    path = tmp_path / "quote.csv"
    os.mkfifo(path)
    return path


def _in_a_child(code: str, *args: str) -> str:
    # in a child with a timeout: before the fix, reading the pipe never returned
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=60, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip().splitlines()[-1]


@pytest.mark.integration
def test_a_named_pipe_chosen_as_a_quote_is_refused_not_waited_on(pipe):
    said = _in_a_child(textwrap.dedent("""
        import sys
        from jewelbench.reports.quote_import import ImportRefused, is_template
        try:
            is_template(sys.argv[1])  # what Import Quotes does first
        except ImportRefused as refusal:
            print(refusal)
    """), str(pipe))
    assert said == "quote.csv is a named pipe, not a file (reading it would wait for ever)"


@pytest.mark.integration
def test_a_named_pipe_or_a_device_chosen_as_a_price_file_is_refused(pipe):
    said = _in_a_child(textwrap.dedent("""
        import datetime, sys
        from jewelbench.reports.price_import import PriceFileRefused, read_price_file
        for path in sys.argv[1:]:
            try:
                read_price_file(path, today=datetime.date(2026, 11, 20))
            except PriceFileRefused as refusal:
                print(refusal, end=" | ")
        print()
    """), str(pipe), "/dev/zero")
    assert said == ("quote.csv: is a named pipe, not a file (reading it would wait for ever) | "
                    "zero: is a device or a socket, not a file |")


@pytest.mark.integration
def test_a_named_pipe_or_a_device_added_as_an_image_is_refused(pipe):
    # /dev/zero has no size: its bytes were read until the memory ran out
    said = _in_a_child(textwrap.dedent("""
        import sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from jewelbench.ui.imaging import ImageError, take_in
        app = QApplication([])
        for path in sys.argv[1:]:
            try:
                take_in(Path(path))
            except ImageError as error:
                print(error, end=" | ")
        print()
    """), str(pipe), "/dev/zero")
    assert said == ("it is not a file (a folder, a named pipe or a device) | "
                    "it is not a file (a folder, a named pipe or a device) |")


def _png_rows(width: int, height: int, idat: bytes) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + \
            struct.pack(">I", zlib.crc32(kind + body))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                             0, 0, 0))
            + chunk(b"IDAT", idat) + chunk(b"IEND", b""))


def test_a_small_png_whose_rows_inflate_to_gigabytes_is_refused_at_once(qapp, tmp_path):
    # 64 × 64 pixels need 12,352 bytes of rows; these inflate to 512 MB of zeros (500 KB on
    # disk): libpng inflated all of it on every showing (9 s for 4 GB; minutes for 64 MB)
    packer = zlib.compressobj(9)
    zeros = bytes(1024 * 1024)
    idat = b"".join(packer.compress(zeros) for _ in range(512)) + packer.flush()
    path = tmp_path / "bomb.png"
    path.write_bytes(_png_rows(64, 64, idat))

    def take() -> None:
        with pytest.raises(ImageError, match=r"^the PNG file holds far more image data than "
                                             r"its size \(64 × 64\) needs"):
            take_in(path)

    # inflated a megabyte at a time and given up past the 12 KB it needs (about 3 MB in all;
    # inflated whole before the comparison, 1 GB)
    assert peak_memory(take) < 32 * MB
    assert qimage_from_bytes(path.read_bytes()).isNull()  # nor is it shown, if stored before


def test_a_png_with_exactly_its_rows_is_taken_in(qapp, tmp_path):
    rows = b"".join(b"\x00" + bytes([y, 2 * y, 3 * y]) * 64 for y in range(64))
    path = tmp_path / "whole.png"
    path.write_bytes(_png_rows(64, 64, zlib.compress(rows)))
    stored = take_in(path)
    assert (stored.width, stored.height, stored.mime_type) == (64, 64, "image/png")
    assert qimage_from_bytes(stored.image).pixelColor(5, 10).getRgb()[:3] == (10, 20, 30)


def _progressive_jpeg(side: int = 256) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QImageWriter

    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, b"jpeg")
    writer.setProgressiveScanWrite(True)
    assert writer.write(image)
    return bytes(data.data())


def _scans(data: bytes) -> list[bytes]:
    """The progressive JPEG's scans (SOS segment and its entropy-coded data), in order."""
    found = []
    for match in re.finditer(rb"\xff\xda", data):
        end = match.start() + 2
        while True:
            end = data.index(b"\xff", end)
            if data[end + 1] == 0 or 0xD0 <= data[end + 1] <= 0xD7:
                end += 2
                continue
            break
        found.append(data[match.start():end])
    return found


@pytest.mark.integration
def test_a_progressive_jpeg_too_large_for_libjpeg_to_hold_is_refused_before_decoding(
        qapp, tmp_path):
    # libjpeg holds a progressive JPEG's coefficients whole, whatever size it is read at: a
    # 1 KB file stating 8000 × 8000 took 327 MB and was stored as a grey 4096 × 4096 picture
    data = bytearray(_progressive_jpeg())
    frame = data.index(b"\xff\xc2")
    struct.pack_into(">HH", data, frame + 5, 8000, 8000)
    path = tmp_path / "photo.jpg"
    path.write_bytes(bytes(data))
    with pytest.raises(ImageError, match=r"^the progressive JPEG image is too large to take in "
                                         r"\(8000 × 8000 pixels"):
        take_in(path)
    done = subprocess.run([sys.executable, "-c", FRESH, TAKE_IN_CHILD, str(path)],
                          capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert json.loads(done.stdout.strip().splitlines()[-1])["peak_mb"] < 150, done.stdout


@pytest.mark.integration
def test_a_jpeg_of_thousands_of_scans_is_refused_before_decoding(qapp, tmp_path):
    # libjpeg passes over the whole image for each scan: 5,000 of them on 2000 × 2000 took 4 s.
    # The scans are counted on the file's bytes: nothing is decoded (decoded, the picture alone
    # holds 16 MB), in a child measuring its own memory as above
    data = _progressive_jpeg(2000)
    smallest = min(_scans(data), key=len)
    end = data.rindex(b"\xff\xd9")
    path = tmp_path / "scans.jpg"
    path.write_bytes(data[:end] + smallest * 5000 + b"\xff\xd9")
    with pytest.raises(ImageError, match=r"^the JPEG file has more than 100 scans"):
        take_in(path)
    done = subprocess.run([sys.executable, "-c", FRESH, TAKE_IN_CHILD, str(path)],
                          capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["said"].startswith("refused: the JPEG file has more than 100 scans"), result
    assert result["peak_mb"] < 8, result


def test_a_progressive_jpeg_of_a_photos_size_is_taken_in(qapp, tmp_path):
    data = _progressive_jpeg(1024)
    assert 5 <= len(_scans(data)) <= 100  # what a progressive writer makes
    path = tmp_path / "photo.jpg"
    path.write_bytes(data)
    stored = take_in(path)
    assert (stored.width, stored.height, stored.mime_type) == (1024, 1024, "image/jpeg")


# --- price and quote text files whose values are made at once ---------------------------------


def _zipped(name: str, content: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, content)
    return buffer.getvalue()


def test_an_lbma_file_of_millions_of_values_is_refused_before_they_are_made():
    # 60 MB of "1," (a .zip of 60 KB) took 8.6 GB and 150 s; here 600,001 values in 1.2 MB
    data = _zipped("lbma-gold.json", b"[" + b"1," * 600_000 + b"1]")
    assert len(data) < 10_000

    def read() -> None:
        with pytest.raises(PriceFileRefused, match=r"^lbma.zip ▸ lbma-gold.json: holds more "
                                                   r"than 500,000 values"):
            read_price_bytes(data, "lbma.zip", today=TODAY)

    # the commas counted on the text (about 3 MB with the file's bytes); made, its values
    # held 140 MB
    assert peak_memory(read) < 16 * MB


def test_an_lbma_series_on_one_long_line_is_still_read():
    # JSON is often saved on one line: the line-length limit of CSV files does not apply
    day = dt.date(1990, 1, 1)
    entries = [f'{{"d":"{(day + dt.timedelta(days=n)).isoformat()}",'
               f'"v":[400.12345,250.25,310.55555], "note": "London PM fix, in USD, GBP and EUR"}}'
               for n in range(12_500)]
    text = "[" + ",".join(entries) + "]"
    assert len(text) > 1_000_000 and "\n" not in text
    found = read_price_bytes(text.encode(), "lbma-gold.json", today=TODAY)
    assert len(found.rows) == 37_500 and not found.refused


def test_an_ecb_file_of_millions_of_rates_is_refused_at_the_limit():
    # 150,000 currency columns × 60 days: 9 million rates took 6 GB and 189 s. Here 600,000
    # rates, then a line the csv reader cannot read (a value over its 128 KB field limit):
    # refused at the 500,001st rate, the file is not read to that line; read to its end, it
    # would be refused for the line instead
    columns = 10_000
    lines = ["Date," + ",".join(["USD"] * columns)]
    lines += [(dt.date(2026, 1, 1) + dt.timedelta(days=n)).isoformat() + "," +
              ",".join(["1.1"] * columns) for n in range(60)]
    lines.append("2026-03-02," + "1" * 200_000)
    with pytest.raises(PriceFileRefused, match=r"^eurofxref-hist.csv: holds more than 500,000 "
                                               r"prices and rates"):
        read_price_bytes("\n".join(lines).encode(), "eurofxref-hist.csv", today=TODAY)


@pytest.mark.parametrize("layout", ["date,item,price,currency,unit\n", "Date,USD\n"])
def test_a_price_csv_with_a_line_of_a_million_characters_is_refused(layout):
    # the csv reader makes every field of a line at once: 19 MB of "12," took 620 MB
    data = (layout + ",".join(["12"] * 700_000) + "\n").encode()
    with pytest.raises(PriceFileRefused, match=r"^p.csv: has a line of 1,000,000 characters "
                                               r"or more"):
        read_price_bytes(data, "p.csv", today=TODAY)


def test_a_quote_csv_with_a_line_of_a_million_characters_is_refused(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("Quantity,Unit price\n" + ",".join(["12"] * 700_000) + "\n100,6.8\n",
                    encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"^wide.csv has a line of 1,000,000 characters "
                                            r"or more"):
        quote_import.read_table(path)
