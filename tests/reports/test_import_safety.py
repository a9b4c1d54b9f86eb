"""Hostile and unlucky import files (issue 13, item 5 and the UTF-16 CSV of item 10): entity
attacks, a NUL in the sheet XML and a price beyond the largest amount are refused with the reason
and nothing stored; UTF-16, UTF-32 and UTF-8-with-BOM CSV files are read; and the one boundary
they go through turns a library's exception into the refusal (keeping it as the cause) without
hiding a bug of ours."""

from __future__ import annotations

import datetime as dt
import io
import re
import tracemalloc
import zipfile
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import openpyxl.xml
import pytest
import quote_files as files
from openpyxl.xml import functions as openpyxl_xml

from jewelbench.reports import quote_import
from jewelbench.reports.outside_files import defused_xml_in_use, reason, refusing
from jewelbench.reports.price_import import PriceFileRefused, read_price_bytes
from jewelbench.reports.quote_import import (
    DesignRef,
    ImportRefused,
    QuoteDefaults,
    file_checks,
    mapped_plan,
    read_table,
)
from jewelbench.storage import Workspace
from jewelbench.storage.imports import QuoteImports

TODAY = dt.date(2026, 11, 20)
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{n} "{(f"&lol{n - 1};" if n > 1 else "&lol;") * 10}">\n'
              for n in range(1, 10))
    + "]>\n")


@pytest.fixture
def demo(demo_copy):
    workspace = Workspace.open(demo_copy)
    yield workspace
    workspace.close()


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "files"
    path.mkdir()
    return path


def stored(workspace) -> list[tuple]:
    return [tuple(workspace.db.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall())
            for table in ("quotes", "quote_tiers", "quote_fees")]


def import_mapped(workspace, path: Path):
    """What the import dialog does with a quote sheet for BC-001 from Panyu: read, map by the
    headings, plan, leave out what is stored, write."""
    table = read_table(path)
    supplier = next(s for s in workspace.suppliers.summaries() if s.name.startswith("Panyu"))
    design_id = workspace.designs.id_for_code("BC-001")
    design = DesignRef(design_id, "BC-001", workspace.designs.summary(design_id).name)
    plan = mapped_plan(table, quote_import.guess_mapping(table.headers),
                       QuoteDefaults(supplier.id, supplier.name, design.id, "USD", TODAY),
                       lambda key: design if key in (design.id, "BC-001") else None)
    plan = quote_import.drop_already_stored(plan, workspace)
    if plan.ok:
        QuoteImports.of(workspace).add([planned.quote for planned in plan.quotes])
    return table, plan


def rewrite_part(path: Path, part: str, change) -> Path:
    """The .xlsx with one part's XML text changed by change(text) → text."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts[part] = change(parts[part].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return path


def quote_sheet(path: Path) -> Path:
    return files.quote_sheet(path, [[100, 12.5, 30, "gold flash"], [300, 11.2, 30, None]])


def with_entity(declaration: str, reference: str):
    def change(text: str) -> str:
        text = re.sub(r"^<\?xml[^>]*\?>\s*", "", text)
        return declaration + text.replace("<t>gold flash</t>", f"<t>{reference}</t>", 1)
    return change


# --- XML from outside: through defusedxml only -------------------------------------------------


def test_openpyxl_parses_every_workbook_part_through_defusedxml():
    assert openpyxl.xml.DEFUSEDXML is True
    assert openpyxl_xml.iterparse.__module__.startswith("defusedxml.")
    assert openpyxl_xml.fromstring.__module__.startswith("defusedxml.")
    assert defused_xml_in_use()


def test_billion_laughs_in_a_quote_sheet_is_refused_with_the_reason(demo, folder):
    path = rewrite_part(quote_sheet(folder / "quote.xlsx"), "xl/worksheets/sheet1.xml",
                        with_entity(BILLION_LAUGHS, "&lol9;"))
    before = stored(demo)
    tracemalloc.start()
    try:
        with pytest.raises(ImportRefused) as refused:
            import_mapped(demo, path)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # refused at the declaration, not expanded (0.1 MB): a billion "lol"s are 3 GB, and expat
    # asks Python for its memory, so an expansion shows here on any machine however loaded
    # (expat's own guard on its own stops the expansion after 56 MB)
    assert peak < 8 * 1024 * 1024, peak
    assert str(refused.value).startswith("quote.xlsx declares XML entities, a way to hide an "
                                         "attack in a file (a 'billion laughs'")
    assert "ask the sender for the file again" in str(refused.value)
    assert type(refused.value.__cause__).__name__ == "ValueError"  # openpyxl's, kept
    assert stored(demo) == before


def test_billion_laughs_in_a_templates_workbook_part_is_refused(demo, folder):
    rfq = demo.rfqs.get(2)
    template = files.template_for(demo, folder, rfq.id, rfq.supplier_ids[0])
    filled = files.fill_template(template, folder / "reply.xlsx", prices={100: 6.8})
    # declared only: a file that declares entities is refused whether it uses them or not
    rewrite_part(filled, "xl/workbook.xml",
                 lambda text: BILLION_LAUGHS + re.sub(r"^<\?xml[^>]*\?>\s*", "", text))
    with pytest.raises(ImportRefused, match="reply.xlsx declares XML entities"):
        quote_import.is_template(filled)


def test_an_external_entity_is_refused_and_nothing_of_the_file_it_names_is_read(demo, folder):
    secret = folder / "secret.txt"
    secret.write_text("the key to the safe")
    path = rewrite_part(quote_sheet(folder / "quote.xlsx"), "xl/worksheets/sheet1.xml",
                        with_entity(f'<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM '
                                    f'"file://{secret}">]>\n', "&xxe;"))
    before = stored(demo)
    with pytest.raises(ImportRefused, match="quote.xlsx declares XML entities") as refused:
        import_mapped(demo, path)
    assert "the key to the safe" not in str(refused.value)
    assert stored(demo) == before


def test_a_nul_byte_in_the_sheet_xml_is_refused_as_damaged(demo, folder):
    path = rewrite_part(quote_sheet(folder / "quote.xlsx"), "xl/worksheets/sheet1.xml",
                        lambda text: text.replace("gold flash", "gold\x00flash"))
    before = stored(demo)
    with pytest.raises(ImportRefused) as refused:
        import_mapped(demo, path)
    assert str(refused.value).startswith(
        "quote.xlsx is damaged: its sheet XML cannot be read (ParseError: not well-formed "
        "(invalid token): line 1, column")
    assert isinstance(refused.value.__cause__, ElementTree.ParseError)  # the parser's, kept
    assert stored(demo) == before


def test_an_xlsx_is_not_opened_when_openpyxl_would_parse_it_without_defusedxml(
        folder, monkeypatch):
    path = quote_sheet(folder / "quote.xlsx")
    monkeypatch.setattr(openpyxl_xml, "iterparse", ElementTree.iterparse)  # as without it
    monkeypatch.setattr(file_checks, "load_workbook",
                        lambda *a, **k: pytest.fail("openpyxl must not open it"))
    with pytest.raises(ImportRefused, match="quote.xlsx was not opened: this installation of "
                                            "jewelbench cannot read .xlsx files safely"):
        read_table(path)


# --- the boundary ---------------------------------------------------------------------------


def test_the_boundary_turns_a_librarys_exception_into_the_refusal_and_keeps_it():
    with pytest.raises(ImportRefused) as refused:
        with refusing(ImportRefused, "quote.xlsx"):
            zipfile.ZipFile(io.BytesIO(b"PK\x03\x04 not a zip"))
    assert str(refused.value) == ("quote.xlsx is damaged: a part of it cannot be unpacked "
                                  "(BadZipFile: File is not a zip file)")
    assert isinstance(refused.value.__cause__, zipfile.BadZipFile)
    with pytest.raises(PriceFileRefused, match=r"^rates.zip: is damaged: a part of it"):
        with refusing(PriceFileRefused, "rates.zip", form="{name}: {reason}"):
            zipfile.ZipFile(io.BytesIO(b"junk"))


def test_a_bug_of_ours_inside_the_boundary_is_not_hidden():
    # guess_mapping(None) fails in jewelbench's own code: a bug, not a fault of the file
    with pytest.raises(TypeError):
        with refusing(ImportRefused, "quote.csv"):
            quote_import.guess_mapping(None)  # type: ignore[arg-type]


def test_the_reasons_are_plain_words():
    assert reason(MemoryError()) == "is too large to read in this computer's memory"
    assert reason(UnicodeDecodeError("utf-16-le", b"\x00", 0, 1, "truncated data")) == (
        "is damaged: its text is not in a readable encoding (UnicodeDecodeError: 'utf-16-le' "
        "codec can't decode byte 0x00 in position 0: truncated data)")


@pytest.mark.parametrize("cell, value, problem", [
    ("B2", "1e309", "reply.xlsx is a damaged jewelbench quote template (its version cannot be "
                    "read): ask the supplier to use a fresh template"),
    ("B3", "1e309", "This template answers RFQ-0002 to Jaipur Silvercraft Pvt. Ltd., which is "
                    "no longer in this workspace: enter the quote under Quotes instead"),
    ("B4", "2.5", "This template answers RFQ-0002 to Jaipur Silvercraft Pvt. Ltd., which is "
                  "no longer in this workspace: enter the quote under Quotes instead"),
])
def test_a_template_whose_hidden_ids_were_typed_over_is_refused_with_the_reason(
        demo, folder, cell, value, problem):
    # a supplier who unhid the template's id sheet and typed an infinite or fractional number
    rfq = demo.rfqs.get(2)
    template = files.template_for(demo, folder, rfq.id, rfq.supplier_ids[0])
    filled = files.fill_template(template, folder / "reply.xlsx", prices={100: 6.8})
    rewrite_part(filled, "xl/worksheets/sheet2.xml", lambda text: re.sub(
        rf'<c r="{cell}"[^>]*?(/>|>.*?</c>)', f'<c r="{cell}" t="n"><v>{value}</v></c>', text,
        count=1))
    if cell == "B2":  # the file itself is refused
        with pytest.raises(ImportRefused) as refused:
            quote_import.template_plan(filled, demo, TODAY)
        assert str(refused.value) == problem
    else:  # read, and the preview says why nothing can be imported
        plan = quote_import.template_plan(filled, demo, TODAY)
        assert plan.problems == [problem] and not plan.ok


# --- a price beyond the largest amount --------------------------------------------------------


def test_a_csv_price_above_the_largest_amount_leaves_its_row_out_with_the_reason(demo, folder):
    # the workspace stores amounts below 10^12 (domain/money.py MAX_AMOUNT)
    path = files.csv_file(folder / "prices.csv", "Qty,Unit price\r\n100,12.50\r\n"
                                                 "300,1000000000000\r\n1000,999999999999.99\r\n")
    _table, plan = import_mapped(demo, path)
    assert plan.ok, plan.report()
    assert [(t.min_quantity, t.unit_price) for t in plan.quotes[0].quote.tiers] == [
        (100, Decimal("12.50")), (1000, Decimal("999999999999.99"))]
    assert [s.text() for s in plan.skipped] == [
        "Row 3: The unit price in row 3, column B is too large (1000000000000)"]


def test_a_template_fee_above_the_largest_amount_is_left_blank_with_the_reason(demo, folder):
    rfq = demo.rfqs.get(2)
    template = files.template_for(demo, folder, rfq.id, rfq.supplier_ids[0])
    filled = files.fill_template(template, folder / "reply.xlsx", prices={100: 6.8},
                                 fees={"mould": (10**15, "N")})
    plan = quote_import.template_plan(filled, demo, TODAY)
    assert plan.ok, plan.report()
    assert plan.quotes[0].quote.fees == []
    assert "The Wax or rubber mould fee in B38 is too large (1000000000000000): left blank" \
        in plan.report()


# --- text encodings ---------------------------------------------------------------------------

QUOTE_CSV = "Qty\tUnit price\tNotes\r\n100\t12.50\tØre-clip, 18 µm\r\n300\t11.20\t\r\n"


@pytest.mark.parametrize("encoding, bom", [
    ("utf-16-le", b"\xff\xfe"),  # Excel's "Unicode Text"
    ("utf-16-be", b"\xfe\xff"),
    ("utf-8", b"\xef\xbb\xbf"),  # Excel's "CSV UTF-8"
    ("utf-32-le", b"\xff\xfe\x00\x00"),
])
def test_a_csv_with_a_byte_order_mark_is_read_in_its_encoding(demo, folder, encoding, bom):
    path = folder / "quote.txt"
    path.write_bytes(bom + QUOTE_CSV.encode(encoding))
    assert quote_import.check_file(path) == "csv"
    table, plan = import_mapped(demo, path)
    assert table.headers == ["Qty", "Unit price", "Notes"]
    assert plan.ok, plan.report()
    quote = plan.quotes[0].quote
    assert [(t.min_quantity, t.unit_price) for t in quote.tiers] == [
        (100, Decimal("12.50")), (300, Decimal("11.20"))]
    assert quote.notes == "Øre-clip, 18 µm"


def test_a_utf16_csv_cut_short_is_refused_with_the_reason(folder):
    path = folder / "quote.csv"
    path.write_bytes(b"\xff\xfe" + QUOTE_CSV.encode("utf-16-le")[:-1])
    with pytest.raises(ImportRefused) as refused:
        read_table(path)
    assert str(refused.value).startswith(
        "quote.csv starts with the byte-order mark of UTF-16 text, but its bytes are not "
        "UTF-16 from byte")


def test_a_utf16_text_named_xlsx_is_refused_as_text(folder):
    path = folder / "quote.xlsx"
    path.write_bytes(b"\xff\xfe" + QUOTE_CSV.encode("utf-16-le"))
    with pytest.raises(ImportRefused, match="quote.xlsx is not an Excel workbook: it holds "
                                            "plain text"):
        quote_import.check_file(path)


def test_a_utf16_price_file_is_read():
    text = "date,item,price,currency,unit\n2026-11-27,gold,2670.25,USD,ozt\n"
    for data in (b"\xff\xfe" + text.encode("utf-16-le"), b"\xfe\xff" + text.encode("utf-16-be")):
        found = read_price_bytes(data, "week.csv", today=dt.date(2026, 12, 6))
        assert [(p.metal, p.price_per_troy_oz.amount) for p in found.metal_prices] == [
            ("gold", Decimal("2670.25"))]
    with pytest.raises(PriceFileRefused, match="week.csv: starts as UTF-16 text but is "
                                               "damaged"):
        read_price_bytes(b"\xff\xfe" + text.encode("utf-16-le")[:-1], "week.csv",
                         today=dt.date(2026, 12, 6))


def test_a_price_file_whose_csv_cannot_be_walked_is_refused_naming_the_file():
    data = ("date,item,price,currency,unit\n2026-11-27,gold,2670.25,USD,ozt\n"
            f"2026-11-28,gold,{'9' * 200_000},USD,ozt\n").encode()
    with pytest.raises(PriceFileRefused) as refused:
        read_price_bytes(data, "week.csv", today=dt.date(2026, 12, 6))
    assert str(refused.value) == ("week.csv: line 3: cannot be read as CSV (field larger than "
                                  "field limit (131072))")


@pytest.mark.parametrize("text", ["１２", "1２.50", "١٢", "12,５0"])
def test_a_price_in_other_scripts_digits_is_not_a_number(text):
    """Only 0-9 are digits in a quote file, as in every number field: '１２' (full width) or
    '١٢' (Arabic-Indic) is refused with the cell named, never read as 12."""
    cell = quote_import.SourceCell(text, "C7")
    with pytest.raises(quote_import.BadValue) as refused:
        quote_import.to_decimal(cell, "The unit price")
    assert str(refused.value) == (f"The unit price in C7 is not a number ('{text}'): type a "
                                  "number, e.g. 12.50")


def test_plain_digits_still_read_in_every_form():
    for text, expected in [("12", "12"), ("1,250.50", "1250.50"), ("1.250,50", "1250.50"),
                           ("12,50", "12.50")]:
        assert quote_import.to_decimal(quote_import.SourceCell(text, "C7"), "x") \
            == Decimal(expected)
