"""Fuzzing the imports: every file a supplier or a download can hand the user ends in a refusal
with a reason or an import, never in an uncaught exception (the crash dialog), and the
workspace — a real file — passes Workspace.check all along.

- A quote template written by jewelbench for a real RFQ and filled in as a supplier would, then
  mutated a few hundred times with a fixed seed (tests/faults/quote_mutations.py: bytes of the
  zip, bytes and spliced slices of each XML part, parts cut short or left out, hostile values in
  the supplier's cells, XML entity attacks). Each mutant is imported as Import Quotes does it.
- Hypothesis strategies for CSV quote files (any headings, hostile values, delimiters,
  encodings with and without a byte-order mark) and for price and rate files (the plain CSV,
  the ECB's and Norges Bank's layouts).

A failure names the iteration, the mutation and what it did: quote_mutations.mutate called as
many times on a Random(SEED) rebuilds the file. JEWELBENCH_FUZZ_ITERATIONS runs more (or fewer)
mutants; hypothesis runs derandomized (the same examples on every run).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import time
from collections import Counter
from pathlib import Path

import pytest
import quote_files as files
import quote_mutations as mutations
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jewelbench.reports import quote_import
from jewelbench.reports.price_import import PriceFile, PriceFileRefused, read_price_bytes
from jewelbench.reports.quote_import import DesignRef, ImportRefused, QuoteDefaults
from jewelbench.storage import Workspace
from jewelbench.storage.imports import QuoteImports
from jewelbench.storage.prices import PriceImports

SEED = 20261206
ITERATIONS = int(os.environ.get("JEWELBENCH_FUZZ_ITERATIONS", "300"))
CHECK_EVERY = 50
TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def workspace(demo_copy):
    opened = Workspace.open(demo_copy)
    yield opened
    opened.close()


def healthy(workspace: Workspace) -> None:
    report = Workspace.check(workspace.path)
    assert report.ok, report.lines()


def designs_of(workspace: Workspace):
    def find(key):
        design_id = key if isinstance(key, int) else workspace.designs.id_for_code(str(key))
        if design_id is None:
            return None
        summary = workspace.designs.summary(design_id)
        return DesignRef(design_id, summary.code, summary.name)
    return find


def import_quote_file(workspace: Workspace, path: Path) -> str:
    """What Import Quotes does with a file: a template read as it is, anything else through the
    column mapping guessed from its headings (the supplier and design chosen as a user
    would); stored in one transaction when the preview allows it. 'imported', 'refused' (the
    file) or 'not imported' (the preview's problems or nothing new)."""
    try:
        if quote_import.is_template(path):
            plan = quote_import.template_plan(path, workspace, TODAY)
        else:
            table = quote_import.read_table(path)
            supplier = workspace.suppliers.summaries()[0]
            designs = designs_of(workspace)
            mapping = quote_import.guess_mapping(table.headers)
            design = None if "design_code" in mapping else designs("BC-001")
            defaults = QuoteDefaults(supplier.id, supplier.name,
                                     design.id if design else None, "USD", TODAY)
            plan = quote_import.mapped_plan(table, mapping, defaults, designs)
    except ImportRefused as refusal:
        assert str(refusal).startswith(path.name), refusal  # the reason names the file
        return "refused"
    plan = quote_import.drop_already_stored(plan, workspace)
    assert plan.report(), "a plan always says what it would do"
    if not plan.ok:
        return "not imported"
    ids = QuoteImports.of(workspace).add([planned.quote for planned in plan.quotes])
    for quote_id, planned in zip(ids, plan.quotes):
        stored = workspace.quotes.get(quote_id)  # reads back as it was planned
        assert [(t.min_quantity, t.unit_price) for t in stored.tiers] == \
            [(t.min_quantity, t.unit_price) for t in planned.quote.tiers]
    healthy(workspace)  # after every import: the only outcome that writes to the workspace
    return "imported"


# --- mutated templates ----------------------------------------------------------------------


@pytest.fixture
def filled_template(workspace, tmp_path) -> bytes:
    """A template for RFQ-0002 written by jewelbench, filled in as a supplier would in Excel."""
    rfq = workspace.rfqs.get(2)
    written = files.template_for(workspace, tmp_path, rfq.id, rfq.supplier_ids[0])
    filled = files.fill_template(
        written, tmp_path / "reply.xlsx", prices={100: 6.8, 300: 6.1, 1000: "5.45"},
        extra={5000: 4.9}, values={"reference": "JS-Q-881", "quoted_on": dt.date(2026, 11, 12),
                                   "valid_until": dt.date(2027, 1, 31), "moq": 100,
                                   "production_days": 40, "notes": "gold flash 0.5 µm"},
        fees={"mould": (3200, "N"), "sample": (1200, "Y")})
    return filled.read_bytes()


def test_mutated_quote_templates_are_refused_or_imported_never_a_crash(
        workspace, filled_template, tmp_path):
    assert import_quote_file(workspace, tmp_path / "reply.xlsx") == "imported"  # as filled
    parts = mutations.unpack(filled_template)
    rng = random.Random(SEED)
    outcomes: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    crashes: list[str] = []
    started = time.monotonic()
    for number in range(1, ITERATIONS + 1):
        mutant = mutations.mutate(parts, filled_template, rng)
        kinds[mutant.kind] += 1
        path = tmp_path / f"reply {number % 3}.xlsx"
        path.write_bytes(mutant.data)
        try:
            outcomes[import_quote_file(workspace, path)] += 1
        except Exception as error:  # what would reach the crash dialog
            crashes.append(f"#{number} {mutant.kind} ({mutant.detail}): "
                           f"{type(error).__name__}: {error}")
        if number % CHECK_EVERY == 0:
            healthy(workspace)
    elapsed = time.monotonic() - started
    healthy(workspace)
    print(f"{ITERATIONS} mutants in {elapsed:.1f} s: {dict(outcomes)}; kinds {dict(kinds)}")
    assert not crashes, "\n".join(crashes[:20])
    assert set(kinds) == {"zip-bytes", "part-bytes", "part-splice", "part-truncate",
                          "part-drop", "hostile-value", "entity"}
    if ITERATIONS >= 300:  # every road was walked
        assert outcomes["refused"] > 50 and outcomes["not imported"] > 20
        assert outcomes["imported"] >= 1


# --- CSV quote files, by hypothesis --------------------------------------------------------

HEADINGS = ("Qty", "Quantity", "Unit price", "Price", "Design code", "SKU", "MOQ", "Currency",
            "Quote date", "Valid until", "Incoterm", "Lead time (days)", "Sample days",
            "Mould fee", "CAD fee", "Notes", "Reference", "Remarks", "", "Unit price")
HOSTILE_TEXT = ("1e999999999", "1E+999999999", "NaN", "inf", "-inf", "-0", "1_000", "１２",
                "1,250", "1.250,00", "12,50", "0x1F", "9" * 400, "1e-300", "", " ", "=1+2",
                "'=1+2", "+1+2", "@SUM(A1:A2)", "=HYPERLINK(\"http://x\",\"y\")", "12\x00",
                "\u202e12", "BC-001", "bc-001", "USD", "usd", "XXX", "FOB", "ddp", "Y", "N",
                "2026-11-01", "2026-02-30", "31/12/2026", "2027-01-31T10:00", "Ø" * 5000,
                "\r", "\n", '"', "a,b;c\td", "1" * 200_000)
numbers = st.one_of(
    st.integers(min_value=-10**40, max_value=10**40).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.floats().map(repr),
    st.integers(min_value=1, max_value=100_000).map(str),
)
cells = st.one_of(numbers, st.sampled_from(HOSTILE_TEXT), st.text(max_size=40))
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252")


def encoded(text: str, encoding: str) -> bytes:
    if encoding in ("utf-16-le", "utf-16-be"):  # a mark written by hand, as some tools do
        bom = b"\xff\xfe" if encoding.endswith("le") else b"\xfe\xff"
        return bom + text.encode(encoding, errors="surrogatepass")
    return text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf")
                       else "replace")


quantities = st.one_of(st.integers(min_value=1, max_value=100_000).map(str), numbers,
                       st.sampled_from(HOSTILE_TEXT))
prices = st.one_of(st.decimals(min_value=0, max_value=10**15, places=2).map(str),
                   st.decimals(min_value=0, max_value=10**15, places=2).map(
                       lambda d: f"{d:,}"), numbers, st.sampled_from(HOSTILE_TEXT))


@st.composite
def quote_csv(draw) -> bytes:
    """A quote sheet saved as CSV: mostly what a supplier sends (quantity and unit price
    columns, other columns of the mapping), with hostile values, headings and bytes drawn in."""
    extra = draw(st.lists(st.sampled_from(HEADINGS) | st.text(max_size=20), max_size=5))
    headings = ["Qty", "Unit price", *extra]
    if draw(st.booleans()):
        headings = draw(st.permutations(headings))
    columns = {"Qty": quantities, "Unit price": prices}
    rows = draw(st.lists(st.tuples(*[columns.get(h, cells) for h in headings]).map(list)
                         | st.lists(cells, max_size=len(headings) + 1), max_size=12))
    delimiter = draw(st.sampled_from((",", ";", "\t")))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter,
                        lineterminator=draw(st.sampled_from(("\r\n", "\n", "\r"))))
    writer.writerow(headings)
    writer.writerows(rows)
    data = encoded(buffer.getvalue(), draw(st.sampled_from(ENCODINGS)))
    if draw(st.integers(min_value=0, max_value=9)) == 0:  # now and then, damaged bytes
        at = draw(st.integers(min_value=0, max_value=len(data)))
        data = data[:at] + draw(st.binary(max_size=40)) + data[at:]
    return data


def test_csv_quote_files_are_refused_or_imported_never_a_crash(workspace, tmp_path):
    outcomes: Counter[str] = Counter()

    @settings(max_examples=150, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(data=quote_csv(), suffix=st.sampled_from((".csv", ".txt", ".tsv", ".xlsx")))
    def one(data, suffix):
        path = tmp_path / f"quote{suffix}"
        path.write_bytes(data)
        outcomes[import_quote_file(workspace, path)] += 1  # raises only for a crash
        if sum(outcomes.values()) % CHECK_EVERY == 0:
            healthy(workspace)

    one()
    healthy(workspace)
    print(dict(outcomes))
    assert outcomes["refused"] and outcomes["not imported"] and outcomes["imported"], \
        dict(outcomes)


# --- price and rate files, by hypothesis ---------------------------------------------------

PRICE_TODAY = dt.date(2026, 12, 6)
dates = st.one_of(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 1, 1)).map(dt.date.isoformat),
    st.sampled_from(("2026-02-30", "9999-99-99", "2026-1-1", "", "N/A", "31.12.2026")),
    st.text(max_size=12))
items = st.sampled_from(("gold", "silver", "platinum", "palladium", "Gold", "EUR", "USD",
                         "THB", "XXX", "copper", "", "ag"))
currencies = st.sampled_from(("USD", "EUR", "NOK", "GBP", "usd", "EUO", "", "US D"))
units = st.sampled_from(("g", "ozt", "oz t", "", "kg", "gram", "troy oz"))


@st.composite
def price_file(draw) -> tuple[str, bytes]:
    layout = draw(st.sampled_from(("plain", "ecb", "norges")))
    delimiter = ";" if layout == "norges" else draw(st.sampled_from((",", ";", "\t")))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter if layout == "plain" else
                        ("," if layout == "ecb" else ";"), lineterminator="\n")
    value = st.one_of(numbers, st.sampled_from(HOSTILE_TEXT[:25]))
    if layout == "plain":
        header = draw(st.permutations(["date", "item", "price", "currency", "unit"]))
        writer.writerow(header)
        for _ in range(draw(st.integers(min_value=0, max_value=12))):
            row = {"date": draw(dates), "item": draw(items), "price": draw(value),
                   "currency": draw(currencies), "unit": draw(units)}
            writer.writerow([row[column] for column in header])
    elif layout == "ecb":
        codes = draw(st.lists(st.sampled_from(("USD", "JPY", "NOK", "CYP", "XXX", "", "usd")),
                              min_size=1, max_size=5))
        writer.writerow(["Date", *codes])
        for _ in range(draw(st.integers(min_value=0, max_value=12))):
            writer.writerow([draw(dates), *draw(st.lists(value, max_size=len(codes) + 1))])
    else:
        writer.writerow(["FREQ", "BASE_CUR", "QUOTE_CUR", "TENOR", "DECIMALS", "CALCULATED",
                         "UNIT_MULT", "COLLECTION", "TIME_PERIOD", "OBS_VALUE"])
        for _ in range(draw(st.integers(min_value=0, max_value=12))):
            writer.writerow(["B", draw(currencies), "NOK", "SP", "4", "false",
                             draw(st.sampled_from(("0", "2", "7", "-1", "x", ""))), "C",
                             draw(dates), draw(value)])
    data = encoded(buffer.getvalue(), draw(st.sampled_from(ENCODINGS)))
    if draw(st.integers(min_value=0, max_value=9)) == 0:
        at = draw(st.integers(min_value=0, max_value=len(data)))
        data = data[:at] + draw(st.binary(max_size=40)) + data[at:]
    return f"{layout}.csv", data


def test_price_files_are_refused_or_read_never_a_crash_and_store_cleanly(workspace):
    outcomes: Counter[str] = Counter()

    @settings(max_examples=200, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(file=price_file(), replace=st.booleans())
    def one(file, replace):
        name, data = file
        try:
            found = read_price_bytes(data, name, today=PRICE_TODAY)
        except PriceFileRefused as refusal:
            assert str(refusal).startswith(name), refusal
            outcomes["refused"] += 1
            return
        assert isinstance(found, PriceFile)
        assert all(refusal.reason for refusal in found.refused)
        if found.metal_prices or found.fx_rates:
            PriceImports.of(workspace).add(found.metal_prices, found.fx_rates, replace=replace)
            outcomes["stored"] += 1
        else:
            outcomes["nothing to store"] += 1

    one()
    healthy(workspace)
    print(dict(outcomes))
    assert outcomes["refused"] and outcomes["stored"], dict(outcomes)
