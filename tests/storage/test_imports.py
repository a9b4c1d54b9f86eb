"""Quote import end to end: files made by hand for every bad case, each refused or reported with
nothing written, and good files stored in one transaction (all of them or none)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import quote_files as files
from openpyxl import Workbook

from jewelbench.domain.quotes import FeeKind, Incoterm, Quote, QuoteTier
from jewelbench.reports import quote_import
from jewelbench.reports.quote_import import (
    MAX_ROWS,
    DesignRef,
    ImportRefused,
    QuoteDefaults,
    file_checks,
    limits,
    mapped_plan,
    read_table,
)
from jewelbench.storage import StorageError, Workspace
from jewelbench.storage.imports import QuoteImports

TODAY = dt.date(2026, 11, 20)


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
    """Every quote row, tier and fee: what must not change when an import is refused."""
    return [tuple(workspace.db.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall())
            for table in ("quotes", "quote_tiers", "quote_fees")]


def supplier_and_design(workspace, code: str = "BC-001") -> tuple[int, DesignRef]:
    supplier = next(s for s in workspace.suppliers.summaries() if s.name.startswith("Panyu"))
    design_id = workspace.designs.id_for_code(code)
    revision = workspace.samples.current_revision(design_id)
    return supplier.id, DesignRef(design_id, code, workspace.designs.summary(design_id).name,
                                  revision[0] if revision else None,
                                  revision[1] if revision else "")


def designs_of(workspace):
    def find(key):
        design_id = key if isinstance(key, int) else workspace.designs.id_for_code(str(key))
        if design_id is None:
            return None
        summary = workspace.designs.summary(design_id)
        return DesignRef(design_id, summary.code, summary.name)
    return find


def defaults(workspace, design: DesignRef | None, supplier_id: int) -> QuoteDefaults:
    return QuoteDefaults(supplier_id=supplier_id, supplier="Panyu",
                         design_id=design.id if design else None, currency="USD",
                         quoted_on=TODAY, incoterm=Incoterm.FOB, reference="by mail")


def import_mapped(workspace, path, mapping=None, design_code: str | None = "BC-001"):
    """What the import dialog does: read, map, plan, leave out what is stored, write."""
    table = read_table(path)
    supplier_id, design = supplier_and_design(workspace)
    chosen = design if design_code else None
    plan = mapped_plan(table, mapping if mapping is not None else
                       quote_import.guess_mapping(table.headers),
                       defaults(workspace, chosen, supplier_id), designs_of(workspace))
    plan = quote_import.drop_already_stored(plan, workspace)
    if plan.ok:
        QuoteImports.of(workspace).add([planned.quote for planned in plan.quotes])
    return plan


# --- the transaction ------------------------------------------------------------------------


def test_every_quote_is_stored_in_one_transaction(demo):
    supplier_id, design = supplier_and_design(demo)
    quotes = [Quote(supplier_id, design.id, "USD", TODAY, [QuoteTier(100, Decimal(price))])
              for price in ("12.50", "11.00")]
    ids = QuoteImports.of(demo).add(quotes)
    assert [demo.quotes.get(i).tiers[0].unit_price for i in ids] == [Decimal("12.50"),
                                                                      Decimal("11.00")]
    assert all(quote.id is None for quote in quotes)  # the caller's objects are untouched
    QuoteImports.of(demo).remove(ids)
    assert all(i not in {q.id for q in demo.quotes.summaries()} for i in ids)
    assert QuoteImports.of(demo).add(quotes, ids) == ids  # redo: the same ids again


def test_a_failure_part_way_stores_nothing(demo):
    supplier_id, design = supplier_and_design(demo)
    before = stored(demo)
    quotes = [Quote(supplier_id, design.id, "USD", TODAY, [QuoteTier(100, Decimal("1"))]),
              Quote(999_999, design.id, "USD", TODAY, [QuoteTier(100, Decimal("1"))])]
    with pytest.raises(StorageError, match="supplier, design or revision does not exist"):
        QuoteImports.of(demo).add(quotes)
    assert stored(demo) == before


def test_nothing_to_import_is_refused(demo):
    with pytest.raises(StorageError):
        QuoteImports.of(demo).add([])


# --- good files -------------------------------------------------------------------------------


def test_a_quote_sheet_is_imported_with_rows_skipped_and_why(demo, folder):
    path = files.quote_sheet(folder / "prices.xlsx", [
        [100, 12.5, 30, "gold flash"],
        [300, "11,20", 30, None],
        [500, "call us", 30, None],  # text in a number column
        [None, None, None, None],
        [1000, 9.8, "six weeks", None],  # text in a number column (lead time)
        ["Total", None, None, None],  # text in the quantity column
        [None, None, None, "a remark alone"],
        [300, 11, 30, None],  # the same quantity twice
    ], title_rows=[["Panyu Jinhui — quotation", None], []])
    plan = import_mapped(demo, path)
    assert plan.ok, plan.report()
    [planned] = plan.quotes
    quote = demo.quotes.get(demo.quotes.summaries(design_id=planned.quote.design_id)[-1].id)
    assert [(t.min_quantity, t.unit_price) for t in planned.quote.tiers] == [
        (100, Decimal("12.5")), (300, Decimal("11.20"))]
    assert planned.quote.production_lead_time_days == 30
    assert planned.quote.notes == "gold flash"
    assert planned.quote.reference == "by mail" and planned.quote.moq == 100
    assert any(q.quoted_on == TODAY and q.reference == "by mail"
               for q in demo.quotes.for_design(planned.quote.design_id))
    assert quote is not None
    reasons = {s.row: s.reason for s in plan.skipped}
    assert "not a number ('call us')" in reasons[6]
    assert "lead time" in reasons[8].lower() and "six weeks" in reasons[8]
    assert reasons[9] == ("The quantity in A9 is not a number ('Total'): type a whole number "
                          "of pieces, e.g. 100")
    assert reasons[10] == "no quantity and no unit price"
    assert "a second price for 300 pieces" in reasons[11]
    assert 7 not in reasons  # an empty row is passed over, not reported


def test_the_same_file_twice_is_stored_once(demo, folder):
    path = files.quote_sheet(folder / "prices.xlsx", [[100, 12.5, 30, None]])
    assert import_mapped(demo, path).ok
    before = stored(demo)
    again = import_mapped(demo, path)
    assert not again.ok and again.quotes == []
    assert "is stored already" in again.skipped[0].reason
    assert stored(demo) == before


def test_a_csv_in_windows_1252_with_semicolons_and_decimal_commas(demo, folder):
    path = files.csv_file(folder / "offre.csv", "Quantité;Prix;Remarques\r\n"
                          "100;12,50;épreuve dorée\r\n300;\"11,00\";\r\n", encoding="cp1252")
    plan = import_mapped(demo, path, {"quantity": 0, "unit_price": 1, "notes": 2})
    assert plan.ok, plan.report()
    quote = plan.quotes[0].quote
    assert [(t.min_quantity, t.unit_price) for t in quote.tiers] == [(100, Decimal("12.50")),
                                                                   (300, Decimal("11.00"))]
    assert quote.notes == "épreuve dorée"
    assert any("Windows-1252" in note for note in plan.notes)


def test_a_design_code_column_makes_one_quote_per_design(demo, folder):
    path = files.quote_sheet(folder / "list.xlsx", [
        ["BC-001", 100, 12.5, 40], ["BC-001", 300, 11, 40], ["BR-002", 50, 30, 20],
        ["XX-999", 50, 1, 1], [None, 50, 1, 1]],
        headers=("Style", "Qty", "Price", "Mould fee"))
    plan = import_mapped(demo, path, design_code=None)
    assert plan.ok, plan.report()
    assert [(p.design_code, len(p.quote.tiers)) for p in plan.quotes] == [("BC-001", 2),
                                                                          ("BR-002", 1)]
    assert plan.quotes[0].quote.fees[0].kind is FeeKind.MOULD
    assert plan.quotes[0].quote.fees[0].amount == Decimal("40")
    reasons = {s.row: s.reason for s in plan.skipped}
    assert reasons[5] == "there is no design 'XX-999' in this workspace"
    assert reasons[6] == "no design code"


def test_injection_text_stays_text(demo, folder):
    path = files.csv_file(folder / "q.csv", "Qty,Unit price,Notes\r\n"
                          f"100,12.5,\"'{files.HYPERLINK.replace(chr(34), chr(34) * 2)}\"\r\n"
                          "200,11,+1+2\r\n")
    plan = import_mapped(demo, path)
    assert plan.ok, plan.report()
    assert plan.quotes[0].quote.notes == files.HYPERLINK  # jewelbench's own ' prefix read back
    sheet = files.quote_sheet(folder / "q.xlsx", [[100, 12.5, None, "@SUM(A1:A2)"]])
    plan = import_mapped(demo, sheet, design_code="BC-001")
    assert plan.quotes[0].quote.notes == "@SUM(A1:A2)"


# --- bad files: a clear report, nothing written ------------------------------------------------


BAD_FILES = {
    "text renamed .xlsx": (files.text_renamed, "quote.xlsx",
                           "is not an Excel workbook: it holds plain text"),
    "binary junk": (files.binary_junk, "quote.xlsx", "is not a spreadsheet"),
    "password-protected": (files.encrypted_xlsx, "quote.xlsx", "is password-protected"),
    "old .xls": (files.old_xls, "quote.xls", "old Excel 97–2003 workbook"),
    "zip bomb": (files.zip_bomb, "quote.xlsx", "looks like a zip bomb"),
    "zip, not xlsx": (files.plain_zip, "quote.xlsx", "is a zip archive but not an Excel"),
    "100,000 rows": (files.many_rows, "quote.xlsx", f"more than {MAX_ROWS:,} rows"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_refused_with_nothing_written(demo, folder, case):
    make, name, message = BAD_FILES[case]
    path = make(folder / name)
    before = stored(demo)
    with pytest.raises(ImportRefused) as refused:
        import_mapped(demo, path)
    assert message in str(refused.value)
    assert name in str(refused.value)
    try:  # the import dialog asks first whether it is a template: refused or not one
        assert not quote_import.is_template(path)
    except ImportRefused as error:
        assert message in str(error)
    assert stored(demo) == before


def test_the_zip_bomb_is_refused_before_it_is_inflated(folder, monkeypatch):
    path = files.zip_bomb(folder / "bomb.xlsx")
    assert path.stat().st_size < 5 * 1024 * 1024
    monkeypatch.setattr(file_checks, "load_workbook",
                        lambda *a, **k: pytest.fail("openpyxl must not open a zip bomb"))
    with pytest.raises(ImportRefused, match="looks like a zip bomb"):
        read_table(path)


def test_a_zip_inflating_beyond_the_total_limit_is_refused(folder, monkeypatch):
    monkeypatch.setattr(limits, "MAX_UNCOMPRESSED_BYTES", 3 * 1024 * 1024)
    monkeypatch.setattr(limits, "MAX_COMPRESSION_RATIO", 10**9)
    path = files.zip_bomb(folder / "big.xlsx", megabytes=4)
    with pytest.raises(ImportRefused, match="would inflate to 4 MB when opened"):
        read_table(path)


def test_an_empty_or_truncated_file_is_refused(folder):
    (folder / "empty.xlsx").write_bytes(b"")
    with pytest.raises(ImportRefused, match="is empty"):
        read_table(folder / "empty.xlsx")
    good = files.quote_sheet(folder / "good.xlsx", [[100, 12.5, 30, None]])
    (folder / "cut.xlsx").write_bytes(good.read_bytes()[:2000])
    with pytest.raises(ImportRefused, match="cut.xlsx is damaged"):
        read_table(folder / "cut.xlsx")


def test_formulas_in_the_data_are_refused(demo, folder):
    path = files.quote_sheet(folder / "f.xlsx", [[100, 12.5, 30, None], [300, 11, 30, None]])
    book = __import__("openpyxl").load_workbook(path)
    files.formula(book.active["B3"], "=B2*0.9")
    files.formula(book.active["E2"], "=SUM(B2:B3)")  # not a mapped column: no matter
    book.save(path)
    before = stored(demo)
    plan = import_mapped(demo, path)
    assert not plan.ok
    assert plan.problems == [
        "Cell B3 holds a formula (=B2*0.9): jewelbench imports values, not formulas. Select "
        "the cells, Copy, then Paste Special ▸ Values only, save and import again"]
    assert stored(demo) == before


def test_merged_cells_in_the_data_area_are_refused(demo, folder):
    path = files.quote_sheet(folder / "m.xlsx", [[100, 12.5, 30, None], [300, 11, 30, None]],
                             title_rows=[["Quotation", None, None, None]])
    book = __import__("openpyxl").load_workbook(path)
    book.active.merge_cells("A1:D1")  # a title above the table: fine
    book.save(path)
    assert import_mapped(demo, path).ok
    book.active.merge_cells("B3:B4")  # two prices in one cell: not fine
    book.save(path)
    before = stored(demo)
    plan = import_mapped(demo, path)
    assert not plan.ok
    assert plan.problems[0].startswith("Cells B3:B4 are merged where jewelbench reads the quote")
    assert stored(demo) == before


def test_missing_columns_are_named(demo, folder):
    path = files.quote_sheet(folder / "p.xlsx", [[100, "x"]], headers=("Qty", "Remarks"))
    before = stored(demo)
    plan = import_mapped(demo, path)
    assert plan.problems == ["Choose the column for Unit price: every row needs a quantity and "
                             "a unit price"]
    assert stored(demo) == before


def test_a_quote_the_domain_refuses_skips_its_rows(demo, folder):
    path = files.quote_sheet(folder / "moq.xlsx", [[100, 12.5, 5000], [300, 11, 5000]],
                             headers=("Qty", "Price", "MOQ"))
    before = stored(demo)
    plan = import_mapped(demo, path)
    assert not plan.ok
    assert [s.row for s in plan.skipped] == [2, 3]
    assert "The MOQ (5,000) is above every price tier" in plan.skipped[0].reason
    assert stored(demo) == before


def test_a_sheet_reaching_far_down_is_refused(folder, monkeypatch):
    monkeypatch.setattr(limits, "MAX_SCANNED_ROWS", 500)
    book = Workbook()
    book.active.append(["Qty", "Price"])
    book.active.append([100, 1])
    book.active["A900"] = 5
    book.save(folder / "far.xlsx")
    with pytest.raises(ImportRefused, match="more than"):
        read_table(folder / "far.xlsx")


def test_a_csv_of_100000_rows_is_refused(demo, folder):
    lines = "\r\n".join(f"{n},10.5" for n in range(1, 100_001))
    path = files.csv_file(folder / "big.csv", "Qty,Unit price\r\n" + lines)
    before = stored(demo)
    with pytest.raises(ImportRefused, match=f"big.csv has more than {MAX_ROWS:,} rows"):
        import_mapped(demo, path)
    assert stored(demo) == before


def test_a_binary_file_named_csv_is_refused(folder):
    path = files.binary_junk(folder / "prices.csv")
    with pytest.raises(ImportRefused, match="prices.csv is not a spreadsheet"):
        read_table(path)
