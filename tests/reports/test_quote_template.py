"""The quote template: what an RFQ asks, locked; the supplier's cells open; and the round
trip — written, filled in as a supplier would, read back into exactly the quote typed."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from decimal import Decimal

import pytest
import quote_files as files
from openpyxl import load_workbook

from jewelbench.domain.quotes import FeeKind, Incoterm, Quote, QuoteFee, QuoteTier
from jewelbench.reports import quote_import, quote_template
from jewelbench.reports.csv_export import export_csv
from jewelbench.reports.output import ExportError
from jewelbench.reports.quote_template import NAMES, write_quote_template
from jewelbench.storage import Workspace


@pytest.fixture
def demo(demo_copy):
    workspace = Workspace.open(demo_copy)
    yield workspace
    workspace.close()


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def rfq_and_supplier(workspace, rfq_id: int = 2) -> tuple[object, int]:
    rfq = workspace.rfqs.get(rfq_id)
    return rfq, rfq.supplier_ids[0]


def test_the_template_says_what_is_asked_in_locked_cells(demo, out):
    rfq, supplier_id = rfq_and_supplier(demo)
    path = write_quote_template(demo, rfq.id, supplier_id, out)
    summary = demo.rfqs.summary(rfq.id, dt.date.today())
    supplier = demo.suppliers.get(supplier_id)
    # the supplier's name, less the trailing point a file name cannot end with
    assert path.name == (f"{summary.design_code} quote RFQ-{rfq.id:04d} rev {summary.revision}"
                         f" — {supplier.name.rstrip('.')}.xlsx")
    book = load_workbook(path)
    sheet = book[quote_template.SHEET]
    values = {row[0].value: row[1].value for row in sheet.iter_rows(max_col=2)
              if row[0].value}
    assert values["RFQ reference"] == f"RFQ-{rfq.id:04d}"
    assert values["Design code"] == summary.design_code
    assert values["Design name"] == summary.design_name
    assert values["Tech pack revision"] == summary.revision
    assert values["Supplier"] == supplier.name
    quantities = [c.value for c in files.template_range(book, NAMES["tier_quantity"])]
    assert quantities[:len(rfq.quantities)] == rfq.quantities
    assert quantities[len(rfq.quantities):] == [None] * quote_template.EXTRA_TIERS
    # protected without a password; labels locked, inputs unlocked
    assert sheet.protection.sheet and not sheet.protection.password
    assert book.security.lockStructure
    assert sheet["A5"].protection.locked
    for name in (NAMES["reference"], NAMES["quoted_on"], NAMES["currency"], NAMES["moq"],
                 NAMES["notes"], "jb_fee_cad", "jb_fee_cad_refundable"):
        assert not files.template_cell(book, name).protection.locked, name
    for cell in files.template_range(book, NAMES["tier_price"]):
        assert not cell.protection.locked
    asked = files.template_range(book, NAMES["tier_quantity"])[:len(rfq.quantities)]
    assert all(cell.protection.locked for cell in asked)
    # prefilled with what the RFQ asks
    assert files.template_cell(book, NAMES["currency"]).value == rfq.currency
    assert files.template_cell(book, NAMES["incoterm"]).value == rfq.incoterm.value
    assert book[quote_template.HIDDEN_SHEET].sheet_state == "veryHidden"
    assert all(book.defined_names[name].hidden for name in book.defined_names)


def test_input_cells_carry_data_validation(demo, out):
    rfq, supplier_id = rfq_and_supplier(demo)
    book = load_workbook(write_quote_template(demo, rfq.id, supplier_id, out))
    sheet = book[quote_template.SHEET]

    def rule_for(cell):
        return next(v for v in sheet.data_validations.dataValidation
                    if cell.coordinate in v.sqref)

    assert rule_for(files.template_cell(book, NAMES["currency"])).formula1 == NAMES["currencies"]
    assert rule_for(files.template_cell(book, NAMES["incoterm"])).formula1 == \
        '"EXW,FOB,CIF,DDP"'
    assert rule_for(files.template_cell(book, "jb_fee_mould_refundable")).formula1 == '"Y,N"'
    price = rule_for(files.template_range(book, NAMES["tier_price"])[0])
    assert (price.type, price.operator, price.formula1) == ("decimal", "greaterThanOrEqual", "0")
    assert price.showErrorMessage
    assert rule_for(files.template_cell(book, NAMES["moq"])).type == "whole"
    assert rule_for(files.template_cell(book, NAMES["quoted_on"])).type == "date"
    currencies = book.defined_names[NAMES["currencies"]]
    sheet_name, ref = next(iter(currencies.destinations))
    codes = [row[0].value for row in book[sheet_name][ref.replace("$", "")]]
    assert codes[:3] == ["USD", "EUR", "GBP"] and "THB" in codes and len(codes) > 150


def fill(demo, out, **kwargs):
    rfq, supplier_id = rfq_and_supplier(demo)
    source = write_quote_template(demo, rfq.id, supplier_id, out / "template.xlsx")
    return rfq, supplier_id, files.fill_template(source, out / "filled.xlsx", **kwargs)


def test_round_trip_gives_back_exactly_what_the_supplier_typed(demo, out):
    rfq, supplier_id, filled = fill(
        demo, out,
        prices={100: 12.5, 300: Decimal("11.125"), 1000: "10.40"},
        extra={5000: 9.85},
        values={"reference": "JS/Q-2026-118", "quoted_on": dt.date(2026, 11, 8),
                "currency": "USD", "valid_until": dt.datetime(2027, 2, 8), "incoterm": "FOB",
                "moq": 300, "sample_days": 14, "production_days": 35, "deposit_pct": 30,
                "notes": "Gold flash 0.5 µm — nickel free\nsecond line"},
        fees={"cad": (45, "N"), "mould": (120.5, "Y"), "sample": (30, "y")})
    plan = quote_import.template_plan(filled, demo, today=dt.date(2026, 11, 20))
    assert plan.ok, plan.report()
    assert plan.skipped == [] and plan.notes == []
    [planned] = plan.quotes
    expected = Quote(
        supplier_id=supplier_id, design_id=rfq.design_id, currency="USD",
        quoted_on=dt.date(2026, 11, 8), valid_until=dt.date(2027, 2, 8),
        tech_pack_revision_id=rfq.tech_pack_revision_id, reference="JS/Q-2026-118",
        tiers=[QuoteTier(100, Decimal("12.5")), QuoteTier(300, Decimal("11.125")),
               QuoteTier(1000, Decimal("10.40")), QuoteTier(5000, Decimal("9.85"))],
        moq=300, fees=[QuoteFee(FeeKind.CAD, Decimal("45")),
                       QuoteFee(FeeKind.MOULD, Decimal("120.5"), True),
                       QuoteFee(FeeKind.SAMPLE, Decimal("30"), True)],
        sample_lead_time_days=14, production_lead_time_days=35, deposit_pct=Decimal("30"),
        incoterm=Incoterm.FOB, notes="Gold flash 0.5 µm — nickel free\nsecond line")
    assert planned.quote == expected
    assert str(planned.quote.tiers[2].unit_price) == "10.40"  # text typed keeps its digits


def test_blank_quote_date_and_moq_take_today_and_the_smallest_tier(demo, out):
    _rfq, _supplier, filled = fill(demo, out, prices={300: 11, 1000: 10})
    plan = quote_import.template_plan(filled, demo, today=dt.date(2026, 11, 20))
    assert plan.ok
    quote = plan.quotes[0].quote
    assert quote.quoted_on == dt.date(2026, 11, 20)
    assert quote.moq == 300
    assert quote.currency == "USD" and quote.incoterm is Incoterm.EXW  # as the RFQ asked
    assert any("today's date" in note for note in plan.notes)
    assert any("No MOQ" in note for note in plan.notes)
    assert any("100 pieces: no unit price" in s.text() for s in plan.skipped)


def test_text_in_a_price_cell_skips_that_tier_with_the_reason(demo, out):
    _rfq, _supplier, filled = fill(demo, out, prices={100: "about 12", 300: 11, 1000: "1,250"})
    plan = quote_import.template_plan(filled, demo)
    assert plan.ok
    assert [t.min_quantity for t in plan.quotes[0].quote.tiers] == [300]
    reasons = [s.text() for s in plan.skipped]
    assert any("100 pieces" in r and "not a number ('about 12')" in r for r in reasons)
    assert any("1,000 pieces" in r and "ambiguous" in r for r in reasons)


def test_a_formula_in_an_input_cell_refuses_the_template(demo, out):
    _rfq, _supplier, filled = fill(demo, out, prices={100: 12, 300: 11})
    book = load_workbook(filled)
    price = files.template_range(book, NAMES["tier_price"])[2]
    files.formula(price, "=B30*0.9")
    book.save(filled)
    plan = quote_import.template_plan(filled, demo)
    assert not plan.ok
    assert plan.problems == [
        f"Cell {price.coordinate} holds a formula (=B30*0.9): jewelbench imports values, not "
        "formulas. Select the cells, Copy, then Paste Special ▸ Values only, save and import "
        "again"]


def test_injection_text_stays_text_through_the_round_trip(demo, out):
    rfq, supplier_id = rfq_and_supplier(demo)
    supplier = demo.suppliers.get(supplier_id)
    supplier.name = files.HYPERLINK
    demo.suppliers.update(supplier)
    design = demo.designs.get(rfq.design_id)
    source = write_quote_template(demo, rfq.id, supplier_id, out / "template.xlsx")
    book = load_workbook(source)
    cell = next(row[1] for row in book[quote_template.SHEET].iter_rows(max_col=2)
                if row[0].value == "Supplier")
    assert (cell.value, cell.data_type, cell.quotePrefix) == (files.HYPERLINK, "s", True)
    filled = files.fill_template(source, out / "filled.xlsx", prices={100: 10},
                                 values={"notes": "@SUM(A1:A9)", "reference": "-5+5"})
    plan = quote_import.template_plan(filled, demo)
    assert plan.ok, plan.report()
    quote = plan.quotes[0].quote
    assert (quote.notes, quote.reference) == ("@SUM(A1:A9)", "-5+5")
    assert plan.quotes[0].supplier == files.HYPERLINK
    demo.quotes.add(quote)
    export_csv(demo, out, names=["quotes"])
    text = (out / "quotes.csv").read_text(encoding="utf-8")
    assert "'@SUM(A1:A9)" in text and "'-5+5" in text and "'" + files.HYPERLINK.replace(
        '"', '""') in text
    assert design.code in text


def test_a_template_of_another_workspace_is_refused(demo, out):
    rfq, supplier_id = rfq_and_supplier(demo)
    filled = files.fill_template(write_quote_template(demo, rfq.id, supplier_id, out),
                                 out / "filled.xlsx", prices={100: 10})
    assert quote_import.template_plan(filled, demo).ok
    demo.settings.set("created_at", "2000-01-01T00:00:00")  # as another workspace would be
    plan = quote_import.template_plan(filled, demo)
    assert not plan.ok
    assert "made by another workspace" in plan.problems[0]


def test_a_deleted_rfq_supplier_is_reported(demo, out):
    rfq, supplier_id = rfq_and_supplier(demo)
    filled = files.fill_template(write_quote_template(demo, rfq.id, supplier_id, out),
                                 out / "filled.xlsx", prices={100: 10})
    demo.suppliers.delete(supplier_id)
    plan = quote_import.template_plan(filled, demo)
    assert "no longer in this workspace" in plan.problems[0]


def test_a_supplier_not_asked_is_refused(demo, out):
    rfq = demo.rfqs.get(2)
    other = next(s.id for s in demo.suppliers.summaries() if s.id not in rfq.supplier_ids)
    with pytest.raises(ValueError, match="was not sent to this supplier"):
        write_quote_template(demo, rfq.id, other, out)


def test_writing_over_a_folder_is_refused_without_a_partial_file(demo, out):
    rfq, supplier_id = rfq_and_supplier(demo)
    name = quote_template.template_file_name(
        quote_template.template_request(demo, rfq.id, supplier_id))
    (out / name).mkdir()  # a folder where the file would go
    with pytest.raises(ExportError, match="is a folder"):
        write_quote_template(demo, rfq.id, supplier_id, out)
    assert [p.name for p in out.iterdir()] == [name]


@pytest.mark.integration
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_template_saved_again_by_libreoffice_still_imports(demo, out, tmp_path):
    _rfq, _supplier, filled = fill(demo, out, prices={100: 12.5, 300: 11},
                                   values={"quoted_on": dt.date(2026, 11, 8),
                                           "notes": files.HYPERLINK})
    converted = tmp_path / "lo"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(converted),
         str(filled)], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    plan = quote_import.template_plan(converted / "filled.xlsx", demo)
    assert plan.ok, plan.report()
    expected = quote_import.template_plan(filled, demo).quotes[0].quote
    assert plan.quotes[0].quote == expected
    assert plan.quotes[0].quote.notes == files.HYPERLINK


def test_the_template_is_readable_like_any_new_file(demo, out):
    rfq, supplier_id = rfq_and_supplier(demo)
    mask = os.umask(0o022)
    os.umask(mask)
    path = write_quote_template(demo, rfq.id, supplier_id, out)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


def test_a_read_only_or_open_template_is_not_replaced(demo, out):
    rfq, supplier_id = rfq_and_supplier(demo)
    target = out / quote_template.template_file_name(
        quote_template.template_request(demo, rfq.id, supplier_id))
    target.write_bytes(b"sent yesterday")
    target.chmod(0o444)
    with pytest.raises(ExportError, match="cannot be written.*read-only"):
        write_quote_template(demo, rfq.id, supplier_id, out)
    target.chmod(0o644)
    lock = out / f".~lock.{target.name}#"
    lock.write_text("someone,host", encoding="utf-8")
    with pytest.raises(ExportError, match="is open in LibreOffice"):
        write_quote_template(demo, rfq.id, supplier_id, out)
    assert target.read_bytes() == b"sent yesterday"
    assert sorted(p.name for p in out.iterdir()) == sorted([target.name, lock.name])


@pytest.mark.parametrize("typed", ["next month", "08/02/2027", "2027-02-30"])
def test_a_validity_date_that_cannot_be_read_refuses_the_quote(demo, out, typed):
    _rfq, _supplier, filled = fill(demo, out, prices={100: 12, 300: 11},
                                   values={"valid_until": typed})
    plan = quote_import.template_plan(filled, demo, today=dt.date(2026, 11, 20))
    assert not plan.ok
    assert plan.quotes == []
    [problem] = plan.problems
    assert "The validity date in " in problem and f"('{typed}')" in problem
    assert "write it as 2026-03-31" in problem and "would never expire" in problem


def test_a_unit_price_rising_with_quantity_imports_with_a_warning(demo, out):
    _rfq, _supplier, filled = fill(demo, out, prices={100: 12, 300: 11, 1000: 110})
    plan = quote_import.template_plan(filled, demo, today=dt.date(2026, 11, 20))
    assert plan.ok  # a supplier may price so: imported, but said
    code = plan.quotes[0].design_code
    assert f"{code}: The unit price rises with quantity: 110 from 1,000 pieces is more than 11 " \
           "from 300 pieces; check the tiers" in plan.notes
