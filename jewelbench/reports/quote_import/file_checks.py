"""The quote file itself, checked before any spreadsheet library opens it: what kind of file it
is (xlsx or CSV), whether it is password-protected or an old .xls, a zip bomb, too large or too
many XML elements; and the one boundary (reads_quote_file) through which every read of a quote
file's bytes goes, so that what openpyxl, zipfile, zlib, the XML parser or csv raise on a
damaged or hostile file becomes ImportRefused with the reason."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import range_boundaries

import jewelbench.reports.quote_import.limits as limits
from jewelbench.reports.file_kinds import not_a_file
from jewelbench.reports.outside_files import (
    iterparse,
    reads_file,
    require_defused_xml,
    text_encoding,
)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")


class ImportRefused(Exception):
    """A file that cannot be imported at all; str() says why and what to do."""


# Every function that reads a quote file's bytes (and everything it calls) goes through this
# one boundary: what openpyxl, zipfile, zlib, the XML parser or csv raise on a damaged or
# hostile file becomes ImportRefused with the reason; a bug of ours is not hidden
# (reports/outside_files.py).
reads_quote_file = reads_file(ImportRefused)


# ------------------------------------------------------------------------------------------
# The file itself
# ------------------------------------------------------------------------------------------


def check_file(path: Path | str) -> str:
    """'xlsx' or 'csv', or ImportRefused. Reads the first bytes and the zip directory only."""
    path = Path(path)
    name = path.name
    try:
        if (why := not_a_file(path)) is not None:
            raise ImportRefused(f"{name} {why}")
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4096)
    except FileNotFoundError:
        raise ImportRefused(f"{name} does not exist (moved or deleted?)") from None
    except IsADirectoryError:
        raise ImportRefused(f"{name} is a folder, not a file") from None
    except OSError as error:
        raise ImportRefused(f"{name} cannot be read ({error.strerror or error})") from None
    if size == 0:
        raise ImportRefused(f"{name} is empty")
    if size > limits.MAX_FILE_BYTES:
        raise ImportRefused(f"{name} is {size / 1024 / 1024:.0f} MB: jewelbench imports quote "
                            f"files of up to {limits.MAX_FILE_BYTES // 1024 // 1024} MB. "
                            "Delete unused sheets, pictures and rows, or save the quote on its "
                            "own")
    if head.startswith(OLE_MAGIC):
        raise ImportRefused(_ole_message(path))
    if head.startswith(ZIP_MAGICS):
        _check_zip(path)
        return "xlsx"
    if b"\x00" in head and text_encoding(head) not in ("utf-16", "utf-32"):
        raise ImportRefused(f"{name} is not a spreadsheet: jewelbench imports .xlsx workbooks "
                            "and .csv files")
    if path.suffix.lower() in TEXT_SUFFIXES:
        return "csv"
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise ImportRefused(f"{name} is not an Excel workbook: it holds plain text (a CSV or a "
                            "text file renamed .xlsx?). Rename it .csv if it is one")
    raise ImportRefused(f"{name} is not a spreadsheet: jewelbench imports .xlsx workbooks and "
                        ".csv files")


def _ole_message(path: Path) -> str:
    # An encrypted xlsx is a compound file with an EncryptedPackage stream; an .xls is not.
    try:
        with path.open("rb") as handle:
            data = handle.read(min(limits.MAX_FILE_BYTES, 4 * 1024 * 1024))
    except OSError:
        data = b""
    if "EncryptedPackage".encode("utf-16-le") in data or \
            "EncryptionInfo".encode("utf-16-le") in data:
        return (f"{path.name} is password-protected: open it in Excel or LibreOffice, remove "
                "the password (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, or Save "
                "As without one) and import it again")
    return (f"{path.name} is an old Excel 97–2003 workbook (.xls) or password-protected: open "
            "it and save it as an Excel Workbook (.xlsx) without a password, then import that")


@reads_quote_file
def _check_zip(path: Path) -> None:
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise ImportRefused(f"{name} is damaged: it is not a readable .xlsx ({error})") from None
    if len(infos) > limits.MAX_ZIP_ENTRIES:
        raise ImportRefused(f"{name} has {len(infos):,} parts inside: an .xlsx quote has a few "
                            f"dozen (refused above {limits.MAX_ZIP_ENTRIES:,}, as a possible "
                            "zip bomb)")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ImportRefused(f"{name} is password-protected (encrypted zip): save it without "
                                "a password and import it again")
        total += info.file_size
        if info.file_size > limits.RATIO_CHECK_FROM and \
                info.file_size > limits.MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            raise ImportRefused(
                f"{name} looks like a zip bomb: its part {info.filename} would inflate "
                f"{info.file_size // max(info.compress_size, 1):,} times to "
                f"{info.file_size / 1024 / 1024:,.0f} MB (refused above "
                f"{limits.MAX_COMPRESSION_RATIO} times). It was not opened")
    if total > limits.MAX_UNCOMPRESSED_BYTES:
        raise ImportRefused(
            f"{name} would inflate to {total / 1024 / 1024:,.0f} MB when opened: refused as a "
            f"possible zip bomb (a quote workbook is far below "
            f"{limits.MAX_UNCOMPRESSED_BYTES // 1024 // 1024} MB). It was not opened")
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names or not any(
            n.startswith("xl/") and n.endswith("workbook.xml") for n in names):
        raise ImportRefused(f"{name} is a zip archive but not an Excel workbook (.xlsx)")
    _check_elements(path)


def _check_elements(path: Path) -> None:
    """Refuse a workbook whose parts hold more than MAX_XML_ELEMENTS XML elements, counted on
    the inflated bytes (their '<'s, at C speed) before any XML parser runs: openpyxl parses
    every element through defusedxml's Python callbacks (6–25 µs each), so a 12 MB file of
    four million cells, or six million one-letter shared strings, within every size limit,
    kept it busy for minutes (a sheet without a stated size is parsed whole on opening)."""
    count = 0
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            with archive.open(info) as handle:
                while chunk := handle.read(1024 * 1024):
                    count += chunk.count(b"<") - chunk.count(b"</") - chunk.count(b"<?") \
                        - chunk.count(b"<!")
            if count > limits.MAX_XML_ELEMENTS:
                raise ImportRefused(
                    f"{path.name} holds far more than a quote: over {limits.MAX_XML_ELEMENTS:,} "
                    f"pieces of XML (its part {info.filename} reaches that). jewelbench "
                    f"imports quote sheets of up to {limits.MAX_SCANNED_CELLS:,} cells: copy the "
                    "quote to a new workbook and import that. It was not opened")


@contextmanager
def open_workbook(path: Path) -> Iterator[Any]:
    """openpyxl's streaming reader on a file check_file() accepted, its XML parsed by
    defusedxml; the file is closed after, however reading ends (openpyxl leaves it open when
    it fails part-way). Used inside the boundary (reads_quote_file): openpyxl reads lazily,
    so a damaged part raises while the sheet is read, not only here."""
    require_defused_xml(ImportRefused, path.name)
    with path.open("rb") as handle:
        book = load_workbook(handle, read_only=True, data_only=False, keep_links=False)
        try:
            yield book
        finally:
            book.close()


def merged_ranges(path: Path, worksheet: Any) -> list[str]:
    """The merged ranges of a read-only worksheet (openpyxl's streaming reader skips them)."""
    part = getattr(worksheet, "_worksheet_path", None)
    if not part:
        return []
    refs: list[str] = []
    with zipfile.ZipFile(path) as archive, archive.open(part) as handle:
        for _event, element in iterparse(handle, events=("end",)):
            if element.tag.endswith("}mergeCell") and element.get("ref"):
                ref = str(element.get("ref"))
                range_boundaries(ref)  # a damaged range is refused here, not used later
                refs.append(ref)
            if element.tag.endswith("}row"):
                element.clear()
    return refs
