"""Quote files for the import tests, made by hand in the test: filled templates, plain quote
sheets and CSVs, and every kind of bad file (imported as `import quote_files`; tests/ is on
sys.path through its conftest.py)."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from openpyxl import Workbook, load_workbook

from jewelbench.reports.cells import set_text
from jewelbench.reports.quote_template import write_quote_template

HYPERLINK = '=HYPERLINK("http://evil.example","Click me")'


# --- a filled template, as a supplier would -----------------------------------------------


def template_cell(book, name: str):
    sheet, ref = next(iter(book.defined_names[name].destinations))
    return book[sheet][ref.replace("$", "")]


def template_range(book, name: str) -> list:
    sheet, ref = next(iter(book.defined_names[name].destinations))
    return [row[0] for row in book[sheet][ref.replace("$", "")]]


def fill_template(source: Path, target: Path, *, prices: dict[int, object],
                  extra: dict[int, object] | None = None, values: dict[str, object] | None = None,
                  fees: dict[str, tuple[object, str]] | None = None) -> Path:
    """Fill a written template with openpyxl as a supplier would in Excel.

    prices: quantity asked → unit price; extra: a quantity of the supplier's own → price;
    values: short name ('reference', 'quoted_on', 'moq' …, see NAMES) → value (text is typed
    as text); fees: 'cad'/'mould'/'tooling'/'sample' → (amount, 'Y'/'N')."""
    from jewelbench.reports.quote_template import NAMES

    book = load_workbook(source)
    quantities = template_range(book, NAMES["tier_quantity"])
    price_cells = template_range(book, NAMES["tier_price"])
    for quantity_cell, price_cell in zip(quantities, price_cells):
        if quantity_cell.value in prices:
            put(price_cell, prices[quantity_cell.value])
    free = [(q, p) for q, p in zip(quantities, price_cells) if q.value is None]
    for (quantity_cell, price_cell), (quantity, price) in zip(free, (extra or {}).items()):
        put(quantity_cell, quantity)
        put(price_cell, price)
    for key, value in (values or {}).items():
        put(template_cell(book, NAMES[key]), value)
    for kind, (amount, refundable) in (fees or {}).items():
        put(template_cell(book, f"jb_fee_{kind}"), amount)
        put(template_cell(book, f"jb_fee_{kind}_refundable"), refundable)
    book.save(target)
    return target


def put(cell, value) -> None:
    if isinstance(value, str) and not value.startswith("="):
        cell.value = value
    elif isinstance(value, str):
        set_text(cell, value)  # text the supplier typed, e.g. a note "=HYPERLINK(…)"
    else:
        cell.value = value


def formula(cell, text: str) -> None:
    cell.value = text  # openpyxl makes '=…' a formula cell


def template_for(workspace, folder: Path, rfq_id: int, supplier_id: int) -> Path:
    return write_quote_template(workspace, rfq_id, supplier_id, folder / "template.xlsx")


# --- plain quote sheets ---------------------------------------------------------------------


def quote_sheet(path: Path, rows: list[list[object]],
                headers: tuple[str, ...] = ("Qty", "Unit price", "Lead time (days)", "Notes"),
                title_rows: list[list[object]] | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Prices"
    for row in title_rows or []:
        sheet.append(row)
    sheet.append(list(headers))
    for row in rows:
        sheet.append([None] * len(row))
        for column, value in enumerate(row, start=1):
            if value is not None:
                put(sheet.cell(row=sheet.max_row, column=column), value)
    book.save(path)
    return path


def csv_file(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# --- bad files ------------------------------------------------------------------------------


def text_renamed(path: Path) -> Path:
    path.write_text("Qty,Unit price\n100,12.50\n", encoding="utf-8")
    return path


def binary_junk(path: Path) -> Path:
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)
    return path


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def encrypted_xlsx(path: Path) -> Path:
    """What Excel writes for a workbook with a password: an OLE compound file holding the
    EncryptionInfo and EncryptedPackage streams (their names in the directory, UTF-16)."""
    directory = ("Root Entry".encode("utf-16-le").ljust(64, b"\x00")
                 + "EncryptionInfo".encode("utf-16-le").ljust(64, b"\x00")
                 + "EncryptedPackage".encode("utf-16-le").ljust(64, b"\x00"))
    path.write_bytes(OLE + b"\x00" * 504 + directory + b"\x00" * 2048)
    return path


def old_xls(path: Path) -> Path:
    path.write_bytes(OLE + b"\x00" * 504 + "Workbook".encode("utf-16-le").ljust(64, b"\x00")
                     + b"\x00" * 2048)
    return path


def zip_bomb(path: Path, megabytes: int = 520) -> Path:
    """A small .xlsx (about 2 MB) whose sheet XML inflates to more than 500 MB."""
    blank = b" " * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for _ in range(megabytes):
                sheet.write(blank)
    return path


def plain_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    return path


def many_rows(path: Path, count: int = 100_000) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Prices")
    sheet.append(["Qty", "Unit price"])
    for number in range(1, count + 1):
        sheet.append([number, 10.5])
    book.save(path)
    return path


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)
