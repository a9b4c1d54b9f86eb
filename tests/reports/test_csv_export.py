"""CSV export: every table as UTF-8 text a spreadsheet reads, whole or not at all."""

from __future__ import annotations

import csv
import datetime as dt
import os
from decimal import Decimal

import pytest

from jewelbench.domain.designs import Category, Design
from jewelbench.domain.quotes import FeeKind, Quote, QuoteFee, QuoteTier
from jewelbench.domain.suppliers import Supplier
from jewelbench.reports import csv_export, output
from jewelbench.reports.csv_export import CsvOptions, ExportCancelled, ExportError, export_csv
from jewelbench.storage import Workspace
from jewelbench.storage.exports import TABLE_NAMES

HYPERLINK = '=HYPERLINK("http://evil.example","Click me")'


@pytest.fixture
def demo(demo_copy):
    workspace = Workspace.open(demo_copy)
    yield workspace
    workspace.close()


@pytest.fixture
def out(tmp_path):
    """The export folder (tmp_path holds the workspace itself)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def read_csv(path, delimiter=",", encoding="utf-8"):
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def rename_supplier(workspace, old_name_start: str, new_name: str) -> int:
    supplier_id = next(s.id for s in workspace.suppliers.summaries()
                       if s.name.startswith(old_name_start))
    supplier = workspace.suppliers.get(supplier_id)
    supplier.name = new_name
    workspace.suppliers.update(supplier)
    return supplier_id


def test_every_table_is_written_with_its_header_and_rows(demo, out):
    files = export_csv(demo, out)
    assert [path.name for path in files] == [f"{name}.csv" for name in TABLE_NAMES]
    quotes = read_csv(out / "quotes.csv")
    assert quotes[0][:4] == ["Quote", "Design code", "Design name", "Supplier"]
    # one row per price tier: the demo's quotes have 48 tiers between them
    tiers = demo.db.execute("SELECT count(*) FROM quote_tiers").fetchone()[0]
    assert len(quotes) - 1 == tiers
    designs = read_csv(out / "designs.csv")
    assert len(designs) - 1 == demo.designs.count()
    bom = read_csv(out / "bom_lines.csv")
    lines = sum(demo.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (
        "bom_metals", "bom_stones", "bom_findings", "bom_platings", "bom_packaging"))
    assert len(bom) - 1 == lines
    assert {row[2] for row in bom[1:]} >= {"metal", "stone", "finding", "packaging"}
    assert not list(out.glob("*.partial"))


def test_values_are_plain_text_with_a_point_and_iso_dates(demo, out):
    export_csv(demo, out, names=["quotes", "fx_rates", "quote_fees"])
    header, *rows = read_csv(out / "quotes.csv")
    quote = demo.quotes.get(int(rows[0][0]))
    row = dict(zip(header, rows[0]))
    assert row["Quoted on"] == quote.quoted_on.isoformat()
    assert row["Unit price"] == str(quote.tiers[0].unit_price)
    assert row["Development fees"] == str(quote.development_cost().amount)
    rate = demo.prices.fx_rates()[0]
    header, *rows = read_csv(out / "fx_rates.csv")
    assert [rate.rate_date.isoformat(), rate.from_currency, rate.to_currency,
            format(rate.rate, "f")] in rows
    fees = read_csv(out / "quote_fees.csv")
    assert {row[-1] for row in fees[1:]} == {"yes", "no"}
    assert sorted(path.name for path in out.iterdir()) == [
        "fx_rates.csv", "quote_fees.csv", "quotes.csv"]


def test_delimiter_bom_and_locale_decimal_point(demo, out):
    options = CsvOptions(delimiter=";", bom=True, decimal_point=",")
    export_csv(demo, out, options, names=["metal_prices"])
    raw = (out / "metal_prices.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    header, *rows = read_csv(out / "metal_prices.csv", ";", "utf-8-sig")
    assert header == ["Metal", "Date", "Price per troy oz", "Currency", "Source"]
    price = demo.prices.metal_prices()[0]
    assert format(price.price_per_troy_oz.amount, "f").replace(".", ",") in \
        [row[2] for row in rows]

    export_csv(demo, out, CsvOptions(delimiter="\t"), names=["metal_prices"])
    raw = (out / "metal_prices.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.split(b"\r\n")[0] == b"Metal\tDate\tPrice per troy oz\tCurrency\tSource"


def test_a_comma_decimal_with_a_comma_delimiter_is_quoted(demo, out):
    export_csv(demo, out, CsvOptions(decimal_point=","), names=["fx_rates"])
    header, *rows = read_csv(out / "fx_rates.csv")
    assert len(header) == len(rows[0]) == 4
    assert "," in rows[0][3]


@pytest.mark.parametrize("bad", [{"delimiter": "|"}, {"decimal_point": ";"}])
def test_unknown_options_are_refused(bad):
    with pytest.raises(ExportError):
        CsvOptions(**bad)


def test_formula_like_text_is_written_as_text(demo, out):
    supplier_id = rename_supplier(demo, "Jaipur", HYPERLINK)
    supplier = demo.suppliers.get(supplier_id)
    supplier.notes = "@SUM(1+1)\n-2+3"
    demo.suppliers.update(supplier)
    export_csv(demo, out, names=["suppliers", "quotes"])
    text = (out / "suppliers.csv").read_text(encoding="utf-8")
    rows = read_csv(out / "suppliers.csv")
    row = next(r for r in rows if "HYPERLINK" in r[0])
    assert row[0] == "'" + HYPERLINK
    assert row[-1] == "'@SUM(1+1)\n-2+3"
    assert "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text
    assert any(r[3] == "'" + HYPERLINK for r in read_csv(out / "quotes.csv"))


def test_negative_numbers_stay_numbers(out):
    # a number is never prefixed: only text is
    assert csv_export.format_value(Decimal("-1.50"), "decimal") == "-1.50"
    assert csv_export.format_value(Decimal("1E+2"), "decimal") == "100"
    assert csv_export.format_value(-3, "int") == "-3"
    assert csv_export.format_value("-3", "text") == "'-3"
    assert csv_export.format_value(dt.date(2026, 3, 1), "date") == "2026-03-01"
    assert csv_export.format_value(None, "decimal") == ""


def test_an_existing_file_is_replaced_whole(demo, out):
    (out / "designs.csv").write_text("old", encoding="utf-8")
    export_csv(demo, out, names=["designs"])
    assert read_csv(out / "designs.csv")[0][0] == "Code"


def test_a_folder_in_the_way_is_refused_and_nothing_is_written(demo, out):
    (out / "quotes.csv").mkdir()
    with pytest.raises(ExportError, match="quotes.csv is a folder"):
        export_csv(demo, out, names=["designs", "quotes"])
    assert sorted(p.name for p in out.iterdir()) == ["quotes.csv"]


def test_a_locked_target_is_refused_before_anything_is_replaced(demo, out, monkeypatch):
    """Excel on Windows locks the files it has open: opening one for writing is refused."""
    (out / "quotes.csv").write_text("kept", encoding="utf-8")
    real_open = type(out).open

    def locked(self, mode="r", *args, **kwargs):
        if self.name == "quotes.csv" and ("a" in mode or "w" in mode):
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(type(out), "open", locked)
    with pytest.raises(ExportError, match="open in another program"):
        export_csv(demo, out, names=["designs", "quotes"])
    monkeypatch.undo()
    assert sorted(p.name for p in out.iterdir()) == ["quotes.csv"]
    assert (out / "quotes.csv").read_text(encoding="utf-8") == "kept"


def test_a_failed_rename_leaves_no_partial_file(demo, out, monkeypatch):
    def refuse(source, target):
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(output.os, "replace", refuse)
    with pytest.raises(ExportError, match="designs.csv cannot be written"):
        export_csv(demo, out, names=["designs", "suppliers"])
    assert list(out.iterdir()) == []


def test_a_full_disk_while_writing_leaves_nothing(demo, out, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(csv_export.csv, "writer", full)
    with pytest.raises(ExportError, match="disk is full"):
        export_csv(demo, out, names=["designs"])
    assert list(out.iterdir()) == []


def test_a_missing_folder_is_refused(demo, out):
    with pytest.raises(ExportError, match="does not exist"):
        export_csv(demo, out / "nowhere")


def test_cancelling_leaves_nothing(demo, out):
    seen = []

    def progress(done, total, title):
        seen.append((done, total, title))
        return done < 2

    with pytest.raises(ExportCancelled):
        export_csv(demo, out, progress=progress)
    assert list(out.iterdir()) == []
    assert seen[0] == (0, len(TABLE_NAMES), "Designs")


def test_an_unknown_table_is_refused(demo, out):
    with pytest.raises(ExportError, match="no table 'invoices'"):
        export_csv(demo, out, names=["invoices"])


def test_decimals_keep_every_digit(make_workspace, out):
    """Amounts go from the file's decimal text to the CSV without a float in between."""
    workspace = make_workspace()
    design_id = workspace.designs.add(Design("RG-1", "Ring", Category.RING))
    supplier_id = workspace.suppliers.add(Supplier("Lune", "FR", "EUR"))
    workspace.quotes.add(quote_with(design_id, supplier_id, "12.125000"))
    export_csv(workspace, out, names=["quotes"])
    header, row = read_csv(out / "quotes.csv")
    values = dict(zip(header, row))
    assert values["Unit price"] == "12.125000"
    assert values["Development fees"] == "0.30"  # 0.10 + 0.20 exactly
    assert values["Refundable fees"] == "0.20"


def test_empty_workspace_writes_headers_only(make_workspace, out):
    workspace = make_workspace()
    files = export_csv(workspace, out)
    for path in files:
        assert len(read_csv(path)) == 1


def quote_with(design_id, supplier_id, price: str) -> Quote:
    return Quote(supplier_id=supplier_id, design_id=design_id, currency="USD",
                 quoted_on=dt.date(2026, 1, 2), tiers=[QuoteTier(10, Decimal(price))],
                 moq=10, fees=[QuoteFee(FeeKind.CAD, Decimal("0.10")),
                               QuoteFee(FeeKind.MOULD, Decimal("0.20"), True)])


def test_export_reads_each_table_in_one_query(demo, out, monkeypatch):
    """However many designs and quotes, a table is one query (a 5,000-design catalog stays
    quick)."""
    calls = []
    real = demo.db.execute
    monkeypatch.setattr(demo.db, "execute", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    export_csv(demo, out)
    assert len(calls) == len(TABLE_NAMES)


def test_the_csv_module_reads_back_what_was_written(demo, out):
    """Line breaks and quotes inside text survive (RFC 4180 quoting)."""
    supplier_id = rename_supplier(demo, "Jaipur", 'Jaipur "Silver", craft')
    supplier = demo.suppliers.get(supplier_id)
    supplier.notes = "line one\r\nline two; with a semicolon"
    demo.suppliers.update(supplier)
    export_csv(demo, out, CsvOptions(delimiter=";"), names=["suppliers"])
    rows = read_csv(out / "suppliers.csv", ";")
    row = next(r for r in rows if r[0].startswith("Jaipur"))
    assert row[0] == 'Jaipur "Silver", craft'
    assert row[-1] == "line one\r\nline two; with a semicolon"
    assert os.path.getsize(out / "suppliers.csv") > 0


def test_the_files_are_readable_like_any_new_file(demo, out):
    """The temporary file is private to its owner; the CSV written is not (a shared folder's
    accountant must be able to open it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    export_csv(demo, out, names=["designs", "quotes"])
    for name in ("designs.csv", "quotes.csv"):
        assert (out / name).stat().st_mode & 0o777 == 0o666 & ~mask, name


def test_a_read_only_target_is_refused_even_for_root(demo, out):
    (out / "quotes.csv").write_text("kept", encoding="utf-8")
    (out / "quotes.csv").chmod(0o444)
    with pytest.raises(ExportError, match="quotes.csv cannot be written.*read-only"):
        export_csv(demo, out, names=["designs", "quotes"])
    assert sorted(p.name for p in out.iterdir()) == ["quotes.csv"]
    assert (out / "quotes.csv").read_text(encoding="utf-8") == "kept"


@pytest.mark.parametrize("lock", [".~lock.quotes.csv#", "~$quotes.csv"])
def test_a_file_open_in_libreoffice_or_excel_is_refused(demo, out, lock):
    """LibreOffice (and Excel on a Mac or a network share) do not lock the file itself: they
    leave a lock file beside it. Replacing the file under them loses the export on their next
    save."""
    (out / "quotes.csv").write_text("kept", encoding="utf-8")
    (out / lock).write_text("someone,host,...", encoding="utf-8")
    with pytest.raises(ExportError, match=r"quotes.csv is open in .*close it.*" + r"\.?"):
        export_csv(demo, out, names=["designs", "quotes"])
    assert sorted(p.name for p in out.iterdir()) == sorted(["quotes.csv", lock])
    assert (out / "quotes.csv").read_text(encoding="utf-8") == "kept"


def test_a_stale_lock_file_without_its_file_is_ignored(demo, out):
    (out / ".~lock.quotes.csv#").write_text("left by a crash", encoding="utf-8")
    export_csv(demo, out, names=["quotes"])
    assert read_csv(out / "quotes.csv")[0][0] == "Quote"


def test_a_round_approved_with_deviations_says_what_was_accepted_and_why(make_workspace, out):
    from jewelbench.domain.samples import QcCheck, QcResult, QcStage, SampleRound

    workspace = make_workspace()
    design_id = workspace.designs.add(Design("RG-1", "Band", Category.RING))
    supplier_id = workspace.suppliers.add(Supplier("Siam", "TH", "THB"))
    day = dt.date(2026, 3, 2)
    sample_id = workspace.samples.add(SampleRound(
        design_id, supplier_id, 1, day, received_on=day,
        qc_checks=[QcCheck(QcStage.FINAL_AUDIT, QcResult.FAIL, "clasp stiff"),
                   QcCheck(QcStage.STONE_SETTING, QcResult.FAIL, "loose")]))
    workspace.samples.approve(sample_id, "approved", day, "launch date")
    export_csv(workspace, out, names=["sample_rounds"])
    header, row = read_csv(out / "sample_rounds.csv")
    assert header[-4:] == ["DFM feedback", "Notes", "Accepted deviations",
                           "Reason for the deviations"]
    assert row[header.index("Decision")] == "approved"
    assert row[-2:] == ["QC stage 5 Stone setting failed: loose; "
                        "QC stage 6 Final audit failed: clasp stiff", "launch date"]


# --- the stored rows' fast path (issue 16: CSV within about 1.5× of a raw csv.writer dump) ---


@pytest.mark.parametrize("options", [CsvOptions(), CsvOptions(";", True, ",")])
def test_rows_as_stored_are_written_as_the_typed_rows_are(demo, tmp_path, options):
    """Every table of the demo, written from its stored rows, is byte for byte the file
    written from its typed rows (format_value), whatever the delimiter and decimal point —
    numbers stored in any form (an exponent, a float, a leading zero) included."""
    from jewelbench.reports.csv_export import write_table
    from jewelbench.storage.exports import export_tables

    with demo.db.atomic():  # hand-edited numbers: still the typed path's text
        demo.db.execute("UPDATE quote_fees SET amount = '1E+1' WHERE rowid = "
                        "(SELECT min(rowid) FROM quote_fees)")
        demo.db.execute("UPDATE bom_stones SET unit_cost = '1E+2' WHERE rowid = "
                        "(SELECT min(rowid) FROM bom_stones)")
        demo.db.execute("UPDATE bom_stones SET unit_cost = 12.5 WHERE rowid = "
                        "(SELECT max(rowid) FROM bom_stones)")
        demo.db.execute("UPDATE bom_findings SET unit_cost = '007.50' WHERE rowid = "
                        "(SELECT min(rowid) FROM bom_findings)")
    checked = 0
    for table in export_tables(demo):
        fast, typed = tmp_path / f"{table.name}-fast.csv", tmp_path / f"{table.name}-typed.csv"
        write_table(table, fast, options)
        write_table(table, typed, options, rows=table.rows())
        assert fast.read_bytes() == typed.read_bytes(), table.name
        checked += table.stored_rows() is not None
    assert checked == len(TABLE_NAMES)
    header, *lines = read_csv(tmp_path / "bom_lines-fast.csv", options.delimiter)
    costs = [row[header.index("Unit cost")] for row in lines]
    point = options.decimal_point
    assert "100" in costs and f"12{point}5" in costs and f"7{point}50" in costs
